package org.councilsearch.eval;

import org.councilsearch.nlp.LineRoleModel;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.ingest.TikaExtractor;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.PaperVersion;
import org.councilsearch.model.ParagraphVersion;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.councilsearch.nlp.PaperLanguages;
import org.councilsearch.search.VersionAligner;
import org.councilsearch.search.VersionLinks;
import org.councilsearch.ingest.BundledFolder;

/**
 * Scores how the language versions of the languages fixtures are linked against their gold
 * ({@code versions} in each NAME.gold.json): which papers are versions of which, which paragraph
 * of one is which of another (the gold's {@code aligned} numbers and {@code split} map), and
 * whether a numbering that differs is said. Papers are read and their languages detected as
 * indexing does; the links are what {@link VersionAligner} makes of them.
 */
public final class TranslationEvaluation {
  /** Where the fixtures are bundled: {@code eval/languages/{split}}. */
  public static final String RESOURCE = "eval/languages";

  private final PaperLanguages languages;

  public TranslationEvaluation(PaperLanguages languages) {
    this.languages = Objects.requireNonNull(languages, "languages");
  }

  /** A paper's gold versions: the other papers, their language, the numbers that align. */
  record Gold(String language, List<GoldVersion> versions) {
    Gold {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }
  }

  /** One other version in the gold: {@code split} maps a number here to the numbers there. */
  record GoldVersion(String paper, String language, List<String> aligned, Map<String, List<String>> split) {
    GoldVersion {
      aligned = aligned == null ? List.of() : List.copyOf(aligned);
      split = split == null ? Map.of() : Map.copyOf(split);
    }
  }

  /**
   * What one split scored.
   *
   * @param papers papers in the split
   * @param pairs pairs of versions in the gold, each counted once
   * @param paperLinks precision and recall of the version pairs found
   * @param paragraphLinks precision and recall of the paragraph links, from the opening passage of
   *     each numbered paragraph of one version to the paragraph of the other that the gold names
   * @param numberingSaid pairs whose numbering is said to differ exactly when the gold splits a
   *     paragraph, of {@code pairs}
   */
  public record Report(
      String split, int papers, int pairs, Metrics paperLinks, Metrics paragraphLinks, int numberingSaid, List<String> misses) {
    public Report {
      misses = List.copyOf(misses);
    }

    /** The share of gold pairs whose numbering is judged as the gold has it. */
    public double numberingAccuracy() {
      return pairs == 0 ? 0 : numberingSaid / (double) pairs;
    }
  }

  /** Scores the bundled split {@code split} ("tuning", "heldout"). */
  public Report bundled(String split) throws IOException {
    return BundledFolder.read(RESOURCE + "/" + split, "the translation fixtures", dir -> run(split, dir));
  }

  /** Scores the fixtures in {@code dir}: NAME.txt with NAME.gold.json beside each. */
  public Report run(String split, Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    PaperReader reader = new PaperReader(new TikaExtractor(ExtractionLimits.DEFAULTS), new PaperParser(LineRoleModel.shipped()));
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no fixture papers (NAME.txt) in " + dir);
    }
    Map<String, PaperContent> papers = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Gold> golds = new HashMap<>();
    List<VersionAligner.Source> sources = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - ".txt".length());
      Path goldFile = dir.resolve(name + ".gold.json");
      if (!Files.isRegularFile(goldFile)) {
        throw new IOException("fixture " + fileName + " has no gold file " + goldFile.getFileName());
      }
      golds.put(name, mapper.readValue(goldFile.toFile(), Gold.class));
      PaperContent content;
      try {
        content = languages.detect(reader.read(new CorpusFile(file, fileName, Files.size(file)), Corpus.contentHash(file)));
      } catch (ExtractionException e) {
        throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      papers.put(name, content);
      names.put(content.paper().id(), name);
      sources.add(new VersionAligner.Source(content.paper(), content.paper().metadata().language(), content.passages()));
    }
    VersionLinks links = new VersionAligner().link(sources);
    List<String> misses = new ArrayList<>();
    Set<Set<String>> goldPairs = new HashSet<>();
    Set<Set<String>> foundPairs = new HashSet<>();
    Metrics paragraphs = Metrics.ZERO;
    int numberingSaid = 0;
    for (Map.Entry<String, PaperContent> e : papers.entrySet()) {
      String name = e.getKey();
      for (PaperVersion v : links.paperVersions(e.getValue().paper().id())) {
        foundPairs.add(Set.of(name, names.get(v.id())));
      }
      for (GoldVersion v : golds.get(name).versions()) {
        goldPairs.add(Set.of(name, v.paper()));
      }
    }
    for (Map.Entry<String, PaperContent> e : new java.util.TreeMap<>(papers).entrySet()) {
      String name = e.getKey();
      PaperContent here = e.getValue();
      for (GoldVersion v : golds.get(name).versions()) {
        PaperContent there = papers.get(v.paper());
        if (there == null) {
          misses.add(name + ": its gold version " + v.paper() + " is not in the split");
          continue;
        }
        paragraphs = paragraphs.plus(paragraphLinks(name, here, v, there, links, misses));
        if (name.compareTo(v.paper()) < 0) {
          boolean differs = links.disagreements().stream()
              .anyMatch(d -> d.paperId().equals(here.paper().id()) && d.otherId().equals(there.paper().id()));
          boolean goldDiffers = !v.split().isEmpty()
              || golds.get(v.paper()).versions().stream().anyMatch(w -> w.paper().equals(name) && !w.split().isEmpty());
          if (differs == goldDiffers) {
            numberingSaid++;
          } else {
            misses.add(name + " / " + v.paper() + ": numbering " + (goldDiffers ? "differs, not said" : "agrees, said to differ"));
          }
        }
      }
    }
    Set<Set<String>> wrong = new HashSet<>(foundPairs);
    wrong.removeAll(goldPairs);
    Set<Set<String>> missed = new HashSet<>(goldPairs);
    missed.removeAll(foundPairs);
    wrong.stream().map(p -> "linked, not versions: " + String.join(" / ", new java.util.TreeSet<>(p))).sorted().forEach(misses::add);
    missed.stream().map(p -> "versions not linked: " + String.join(" / ", new java.util.TreeSet<>(p))).sorted().forEach(misses::add);
    Metrics paperLinks = new Metrics(foundPairs.size() - wrong.size(), wrong.size(), missed.size());
    return new Report(split, papers.size(), goldPairs.size(), paperLinks, paragraphs, numberingSaid, misses);
  }

  /**
   * The links from the opening passage of each numbered paragraph of {@code here} to {@code
   * there}: right when they reach the first paragraph the gold names, wrong when elsewhere.
   */
  private static Metrics paragraphLinks(
      String name, PaperContent here, GoldVersion gold, PaperContent there, VersionLinks links, List<String> misses) {
    Map<String, String> expected = new HashMap<>();
    for (String n : gold.aligned()) {
      expected.put(n, n);
    }
    gold.split().forEach((n, numbers) -> expected.put(n, numbers.isEmpty() ? null : numbers.get(0)));
    Map<String, String> openingThere = new HashMap<>();
    for (Passage p : openings(there)) {
      openingThere.put(p.id(), p.number());
    }
    int right = 0;
    int wrong = 0;
    int missed = 0;
    for (Passage p : openings(here)) {
      String want = expected.get(p.number());
      String found = null;
      for (ParagraphVersion v : links.passageVersions(p.id())) {
        if (v.paperId().equals(there.paper().id())) {
          found = openingThere.containsKey(v.id()) ? v.paragraph() : "(not an opening) " + v.paragraph();
        }
      }
      if (want == null) {
        if (found != null) {
          wrong++;
          misses.add(name + " ¶" + p.number() + " -> " + gold.paper() + ": linked to ¶" + found + ", the gold has none");
        }
      } else if (want.equals(found)) {
        right++;
      } else {
        missed++;
        if (found != null) {
          wrong++;
        }
        misses.add(name + " ¶" + p.number() + " -> " + gold.paper() + ": expected ¶" + want + ", got " + (found == null ? "no link" : "¶" + found));
      }
    }
    return new Metrics(right, wrong, missed);
  }

  /** The first passage of each numbered paragraph. */
  private static List<Passage> openings(PaperContent content) {
    List<Passage> openings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Passage p : content.passages()) {
      if (p.kind() == PassageKind.PARAGRAPH && p.number() != null && seen.add(p.number())) {
        openings.add(p);
      }
    }
    return openings;
  }
}
