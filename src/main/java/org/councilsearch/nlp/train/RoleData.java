package org.councilsearch.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.councilsearch.ingest.BundledFolder;

/**
 * The labelled papers of the line-role model: every {@code ID.roles} of {@value #RESOURCE} with the
 * {@code ID.gold.json} beside it, read from the classpath (a directory, or the jar), in name order.
 */
public final class RoleData {
  public static final String RESOURCE = "org/councilsearch/ingest/structure/roles";
  private static final ObjectMapper JSON = new ObjectMapper();

  private RoleData() {}

  /** The bundled labelled papers. */
  public static List<LabelledPaper> bundled() throws IOException {
    return BundledFolder.read(RESOURCE, "the labelled papers", RoleData::read);
  }

  /**
   * The labelled papers of a directory.
   *
   * @throws IOException naming the file when a paper has no gold file, or a file does not read
   */
  public static List<LabelledPaper> read(Path directory) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".roles")).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    }
    List<LabelledPaper> papers = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = name.substring(0, name.length() - ".roles".length());
      Path gold = directory.resolve(id + ".gold.json");
      if (!Files.isRegularFile(gold)) {
        throw new IOException("labelled paper " + name + " has no gold file " + id + ".gold.json");
      }
      JsonNode node;
      try {
        node = JSON.readTree(Files.readString(gold, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IOException("cannot read " + id + ".gold.json: " + e.getMessage(), e);
      }
      String family = node.path("family").asText(id);
      String language = node.path("language").asText("en");
      try {
        papers.add(LabelledPaper.parse(id, family, language, Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    return List.copyOf(papers);
  }

  /** The gold file of a bundled paper, as text. */
  public static String goldOf(String id) throws IOException {
    try (var in = RoleData.class.getClassLoader().getResourceAsStream(RESOURCE + "/" + id + ".gold.json")) {
      if (in == null) {
        throw new IOException("no gold file for labelled paper " + id);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
