package org.councilsearch.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the entity gold set: JSON Lines, one {@link GoldPassage} per line. */
public final class GoldSet {
  /** The hand-checked gold set shipped with the application. */
  public static final String RESOURCE = "eval/entities-gold.jsonl";

  /** A phrase shorter than this could easily occur in more than one passage. */
  static final int MIN_PHRASE_WORDS = 6;

  private GoldSet() {}

  /** The shipped gold set. */
  public static List<GoldPassage> load() {
    try (InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity gold set", e);
    }
  }

  /**
   * Reads gold lines; blank lines are skipped.
   *
   * @throws GoldSetException naming every line that does not parse or breaks a rule (no year, a
   *     date that ends before it starts, a phrase under {@value #MIN_PHRASE_WORDS} words)
   */
  public static List<GoldPassage> read(InputStream jsonl) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    List<GoldPassage> gold = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(jsonl, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        GoldPassage passage = mapper.readValue(line, GoldPassage.class);
        if (passage.year() <= 0) {
          problems.add("line " + number + ": year: not a year: " + passage.label());
        }
        if (passage.contains().strip().split("\\s+").length < MIN_PHRASE_WORDS) {
          problems.add("line " + number + ": phrase under " + MIN_PHRASE_WORDS + " words: " + passage.label());
        }
        gold.add(passage);
      } catch (JsonProcessingException e) {
        problems.add("line " + number + ": " + field(e) + e.getOriginalMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new GoldSetException(problems);
    }
    return List.copyOf(gold);
  }

  /** "year: " when the error concerns a field, so that the annotator knows where to look. */
  private static String field(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping) {
      String path =
          mapping.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      return path.isEmpty() ? "" : path + ": ";
    }
    return "";
  }
}
