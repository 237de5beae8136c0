package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.councilsearch.app.Json;

/** Saves a benchmark's figures as pretty JSON under the output directory (target/bench/ by default). */
public final class FiguresFile {
  private final Path dir;

  public FiguresFile(Path dir) {
    this.dir = dir;
  }

  /** Writes {@code figures} to {@code name}.json and returns the file. */
  public Path write(String name, Object figures) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".json");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), figures);
    return file;
  }

  /** Draws the growth figures as {@code name}.svg and returns the file. */
  public Path writeChart(String name, GrowthFigures figures) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".svg");
    Files.writeString(file, new GrowthChart().svg(figures), java.nio.charset.StandardCharsets.UTF_8);
    return file;
  }

  public Path dir() {
    return dir;
  }
}
