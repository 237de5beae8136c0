package org.councilsearch.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.councilsearch.ingest.BundledFolder;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.ingest.TikaExtractor;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.model.PaperContent;
import org.councilsearch.nlp.LineRoleModel;

/**
 * Reads one split of family fixtures: every {@code NAME.txt} of a directory, read as the indexer
 * reads a paper, with the gold metadata of {@code NAME.gold.json} beside it. The fixtures live in
 * {@code src/test/resources/families} and the build bundles them as {@value #RESOURCE}, so the
 * evaluation runs from the jar; no rule in the product is written from the held-out split.
 */
public final class FamilyFixtures {
  static final String GOLD_SUFFIX = ".gold.json";

  /** Where the build puts the fixture splits on the classpath. */
  public static final String RESOURCE = "eval/families";

  /** Where the build puts the French, Spanish and English language fixtures. */
  public static final String LANGUAGES = "eval/languages";

  /** One fixture paper as read, with its gold metadata. */
  public record Fixture(String name, PaperContent paper, FamilyGold gold) {}

  private FamilyFixtures() {}

  /**
   * The bundled split {@code split} ("heldout", "tuning"), read from the classpath: from the
   * directory it lies in, or from a copy of it when it lies in a jar.
   *
   * @throws IOException when the split is not bundled or does not read
   */
  public static List<Fixture> bundled(String split) throws IOException {
    return bundled(RESOURCE, split);
  }

  /**
   * The split {@code split} of the fixture set bundled at {@code root} ({@value #RESOURCE} or
   * {@value #LANGUAGES}).
   *
   * @throws IOException when the split is not bundled or does not read
   */
  public static List<Fixture> bundled(String root, String split) throws IOException {
    return BundledFolder.read(root + "/" + split, "the fixtures", FamilyFixtures::read);
  }

  /**
   * Copies the papers (not their gold files) of every bundled split into {@code into}, for an index
   * of the family fixtures that the families judged sets are measured on. Names must be unique
   * across the splits: a name found twice is an error, never a paper silently replaced.
   *
   * @throws IOException when the fixtures are not bundled
   */
  public static void copyBundledPapers(Path into) throws IOException {
    copyBundledPapers(RESOURCE, into);
  }

  /**
   * Copies the papers of every split of the fixtures bundled at {@code bundled} ({@link #RESOURCE},
   * {@link #LANGUAGES}) into {@code into}.
   *
   * @throws IOException when the fixtures are not bundled
   */
  public static void copyBundledPapers(String bundled, Path into) throws IOException {
    for (String split : List.of("tuning", "heldout")) {
      String resource = bundled + "/" + split;
      BundledFolder.read(
          resource,
          "the fixtures",
          dir -> {
            try (Stream<Path> files = Files.list(dir)) {
              for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                Path to = into.resolve(f.getFileName().toString());
                // One index holds every split: a name in two splits would leave only one of the papers.
                if (Files.exists(to)) {
                  throw new IOException(
                      "two fixtures are named " + to.getFileName() + " (" + resource + " and another split or source): rename the one"
                          + " of the tuning split, and the versions that name it in its gold");
                }
                Files.copy(f, to);
              }
            }
            return null;
          });
    }
  }

  /**
   * @throws IOException when the directory is missing, a paper has no gold file or a gold file does
   *     not parse: a split with a hole in it gives no figure worth having
   */
  public static List<Fixture> read(Path split) throws IOException {
    if (!Files.isDirectory(split)) {
      throw new IOException("no family fixtures at " + split + " (expected a directory of NAME.txt and NAME" + GOLD_SUFFIX + ")");
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    PaperReader reader = new PaperReader(new TikaExtractor(ExtractionLimits.DEFAULTS), new PaperParser(LineRoleModel.shipped()));
    List<Path> papers;
    try (Stream<Path> files = Files.list(split)) {
      papers = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<Fixture> fixtures = new ArrayList<>();
    for (Path file : papers) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - ".txt".length());
      Path goldFile = split.resolve(name + GOLD_SUFFIX);
      if (!Files.isRegularFile(goldFile)) {
        throw new IOException("fixture " + fileName + " has no gold file " + goldFile.getFileName());
      }
      FamilyGold gold;
      try {
        gold = mapper.readValue(goldFile.toFile(), FamilyGold.class);
      } catch (IOException e) {
        throw new IOException("cannot read " + goldFile + ": " + e.getMessage(), e);
      }
      try {
        PaperContent paper = reader.read(new CorpusFile(file, fileName, Files.size(file)), Corpus.contentHash(file));
        fixtures.add(new Fixture(name, paper, gold));
      } catch (ExtractionException e) {
        throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    if (fixtures.isEmpty()) {
      throw new IOException("no fixture papers (NAME.txt) in " + split);
    }
    return List.copyOf(fixtures);
  }
}
