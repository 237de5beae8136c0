package org.councilsearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The curated subject acronyms (FGM, PSEA, GFPs ...) with their long forms, both ways round.
 * Organizations are not here: the gazetteer knows them. Immutable and thread-safe.
 */
public final class SubjectAcronyms {
  static final String RESOURCE = "org/councilsearch/search/subject-acronyms.json";

  private final Map<String, List<String>> longForms;
  private final Map<String, String> acronymOfLongForm;

  SubjectAcronyms(Map<String, List<String>> longForms) {
    this.longForms = Map.copyOf(longForms);
    Map<String, String> reverse = new LinkedHashMap<>();
    longForms.forEach(
        (acronym, forms) -> forms.forEach(f -> reverse.putIfAbsent(f.toLowerCase(Locale.ROOT), acronym)));
    this.acronymOfLongForm = Map.copyOf(reverse);
  }

  /** The list shipped with the application. */
  public static SubjectAcronyms load() {
    try (InputStream in = SubjectAcronyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + RESOURCE);
      }
      JsonNode acronyms = new ObjectMapper().readTree(in).get("acronyms");
      Map<String, List<String>> forms = new LinkedHashMap<>();
      acronyms.fields().forEachRemaining(e -> {
        List<String> list = new ArrayList<>();
        e.getValue().forEach(v -> list.add(v.asText()));
        forms.put(e.getKey(), list);
      });
      return new SubjectAcronyms(forms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the subject acronyms", e);
    }
  }

  /** The long forms of an acronym as written ("FGM"), or of its upper-case spelling. */
  public List<String> longForms(String acronym) {
    List<String> forms = longForms.get(acronym);
    if (forms == null) {
      forms = longForms.get(acronym.toUpperCase(Locale.ROOT));
    }
    return forms == null ? List.of() : forms;
  }

  /** Long forms that occur in {@code text}, each with its acronym, longest first. */
  public Map<String, String> longFormsIn(String text) {
    String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
    Map<String, String> found = new LinkedHashMap<>();
    acronymOfLongForm.entrySet().stream()
        .sorted((a, b) -> b.getKey().length() - a.getKey().length())
        .filter(e -> lower.contains(" " + e.getKey() + " "))
        .forEach(e -> found.putIfAbsent(e.getKey(), e.getValue()));
    return found;
  }

  /** The acronym of a long form, if it is one. */
  public Optional<String> acronymOf(String longForm) {
    return Optional.ofNullable(acronymOfLongForm.get(longForm.toLowerCase(Locale.ROOT)));
  }
}
