package org.councilsearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.function.Consumer;
import org.councilsearch.app.Json;
import picocli.CommandLine.Option;

/** The --json option shared by every command that prints a result, and the printing it chooses. */
final class JsonOption {
  @Option(names = "--json", description = "Print the result as JSON instead of text.")
  boolean json;

  /** Prints {@code asJson} as indented JSON with --json, otherwise lets {@code asText} write; then flushes. */
  void print(PrintWriter out, Object asJson, Consumer<PrintWriter> asText) throws JsonProcessingException {
    if (json) {
      out.println(Json.pretty(asJson));
    } else {
      asText.accept(out);
    }
    out.flush();
  }
}
