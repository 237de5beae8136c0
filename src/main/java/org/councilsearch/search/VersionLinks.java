package org.councilsearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilsearch.model.PaperVersion;
import org.councilsearch.model.ParagraphVersion;

/**
 * Which papers are language versions of which, and which paragraph of one is which of another, as
 * {@link VersionAligner} found them in one state of the index. Immutable.
 */
public final class VersionLinks {
  /** No paper has another version. */
  public static final VersionLinks NONE = new Builder().build();

  private final Map<String, List<PaperVersion>> papers;
  private final Map<String, String> languages;
  private final Map<String, List<ParagraphVersion>> passages;
  private final Map<String, List<String>> notes;
  private final List<Disagreement> disagreements;
  private final int groups;

  /**
   * Two versions whose numbering differs.
   *
   * @param paperId the version the differences are read from
   * @param otherId the other version
   * @param otherLanguage its language
   * @param differences where the numbering departs ("¶6 is ¶6–7 there"), in paper order
   */
  public record Disagreement(String paperId, String otherId, String otherLanguage, List<String> differences) {
    public Disagreement {
      differences = List.copyOf(differences);
    }

    /** One line for a reader: "numbering differs from the French version: ¶6 is ¶6–7 there". */
    public String describe() {
      String head = "numbering differs from the " + LanguageNames.name(otherLanguage) + " version";
      if (differences.isEmpty()) {
        return head;
      }
      int shown = Math.min(3, differences.size());
      String said = String.join("; ", differences.subList(0, shown));
      int more = differences.size() - shown;
      return head + ": " + said + (more > 0 ? "; and " + more + " more" : "")
          + " (other paragraphs are linked by content)";
    }
  }

  private VersionLinks(Builder b) {
    this.papers = Map.copyOf(b.papers);
    this.languages = Map.copyOf(b.languages);
    Map<String, List<ParagraphVersion>> sorted = new HashMap<>();
    b.passages.forEach((id, list) -> sorted.put(id, List.copyOf(byLanguage(list))));
    this.passages = Map.copyOf(sorted);
    Map<String, List<String>> n = new HashMap<>();
    b.notes.forEach((id, list) -> n.put(id, List.copyOf(list)));
    this.notes = Map.copyOf(n);
    this.disagreements = List.copyOf(b.disagreements);
    this.groups = b.groups;
  }

  private static List<ParagraphVersion> byLanguage(List<ParagraphVersion> list) {
    List<ParagraphVersion> sorted = new ArrayList<>();
    Set<String> languages = new HashSet<>();
    list.stream()
        .sorted(Comparator.comparing(ParagraphVersion::language).thenComparing(ParagraphVersion::id))
        .filter(v -> languages.add(v.language()))
        .forEach(sorted::add);
    return sorted;
  }

  /** The paper's other language versions, by language; empty when it has none. */
  public List<PaperVersion> paperVersions(String paperId) {
    return papers.getOrDefault(paperId, List.of());
  }

  /** The language of a paper that has other versions, or null for a paper that has none. */
  public String languageOf(String paperId) {
    return languages.get(paperId);
  }

  /** The same paragraph in the paper's other versions, by language; empty when none is linked. */
  public List<ParagraphVersion> passageVersions(String passageId) {
    return passages.getOrDefault(passageId, List.of());
  }

  /** What a reader of the paper should know about its links: a numbering that differs, a symbol shared. */
  public List<String> notes(String paperId) {
    List<String> said = new ArrayList<>(notes.getOrDefault(paperId, List.of()));
    for (Disagreement d : disagreements) {
      if (d.paperId().equals(paperId)) {
        said.add(d.describe());
      }
    }
    return said;
  }

  /** The pairs of versions whose numbering differs, each read from both sides. */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  /** How many papers have other versions. */
  public int linkedPapers() {
    return papers.size();
  }

  /** How many papers exist in more than one language (each counted once). */
  public int groups() {
    return groups;
  }

  /** How many passages are linked to the same paragraph in another version. */
  public int linkedPassages() {
    return passages.size();
  }

  /** The ids of papers that have a version in {@code language}, that version included. */
  public Set<String> papersWithVersionIn(String language) {
    Set<String> ids = new HashSet<>();
    papers.forEach(
        (id, versions) -> {
          if (language.equals(languages.get(id)) || versions.stream().anyMatch(v -> v.language().equals(language))) {
            ids.add(id);
          }
        });
    return ids;
  }

  /** Collects links as the aligner finds them. Not thread-safe. */
  static final class Builder {
    private final Map<String, List<PaperVersion>> papers = new HashMap<>();
    private final Map<String, String> languages = new HashMap<>();
    private final Map<String, List<ParagraphVersion>> passages = new HashMap<>();
    private final Map<String, List<String>> notes = new HashMap<>();
    private final List<Disagreement> disagreements = new ArrayList<>();
    private int groups;

    void group(List<PaperVersion> versions) {
      groups++;
      for (PaperVersion v : versions) {
        languages.put(v.id(), v.language());
        papers.put(v.id(), versions.stream().filter(o -> !o.id().equals(v.id())).toList());
      }
    }

    void passage(String passageId, ParagraphVersion other) {
      passages.computeIfAbsent(passageId, k -> new ArrayList<>()).add(other);
    }

    void note(String paperId, String note) {
      notes.computeIfAbsent(paperId, k -> new ArrayList<>()).add(note);
    }

    void disagreement(String paperId, String otherId, String otherLanguage, List<String> differences) {
      disagreements.add(new Disagreement(paperId, otherId, otherLanguage, differences));
    }

    VersionLinks build() {
      return new VersionLinks(this);
    }
  }
}
