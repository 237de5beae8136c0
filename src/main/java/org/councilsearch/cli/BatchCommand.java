package org.councilsearch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.batch.BadUploadException;
import org.councilsearch.batch.BatchFiles;
import org.councilsearch.batch.BatchQuery;
import org.councilsearch.batch.BatchRunner;
import org.councilsearch.batch.QueryFile;
import org.councilsearch.export.ResultCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search batch: a file of queries in, a table of passages out. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Run a file of queries and write, for each, its count of matching passages and its first"
          + " passages with citations: one row per query and passage.",
      "The file is a CSV with a header row naming a 'query' column (and optionally 'name' and the"
          + " filter columns year, from, to, org, event, event-type, place, doc, literal), or plain"
          + " text with one query per line; up to 10,000 queries. A query that cannot be read is"
          + " written with the reason in the error column, and the others run."
    },
    footer = {
      "",
      "Examples:",
      "  council-search batch --queries names.txt --out results.csv",
      "  council-search batch --queries queries.csv --out results.csv --jsonl results.jsonl --hits 3"
    })
final class BatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Option(names = "--queries", required = true, paramLabel = "FILE", description = "The file of queries (CSV or one per line).")
  Path queries;

  @Option(names = "--out", required = true, paramLabel = "RESULTS.csv", description = "Where to write the results as CSV.")
  Path out;

  @Option(names = "--jsonl", paramLabel = "RESULTS.jsonl", description = "Also write the results as JSON Lines here.")
  Path jsonl;

  @Option(
      names = "--hits",
      paramLabel = "N",
      defaultValue = "10",
      description = "Passages kept per query, from 1 to 100 (default: ${DEFAULT-VALUE}).")
  int hits;

  @Option(
      names = "--link-base",
      paramLabel = "URL",
      defaultValue = "",
      description = "The server's address, such as http://127.0.0.1:7070, to make the links absolute (default: links relative to it).")
  String linkBase;

  private final Services services;

  BatchCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    if (hits < 1 || hits > BatchRunner.MAX_HITS) {
      throw new CommandLine.ParameterException(cli, "--hits must be from 1 to " + BatchRunner.MAX_HITS + ", not " + hits);
    }
    for (Path file : jsonl == null ? List.of(out) : List.of(out, jsonl)) {
      Path dir = file.toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(cli, "there is no directory " + dir + " to write " + file.getFileName() + " in; create it first");
      }
    }
    List<BatchQuery> list = QueryFile.read(read(queries));
    PrintWriter err = cli.getErr();
    String base = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
    long started = System.nanoTime();
    List<Integer> failed = new ArrayList<>();
    try (Services.Searching open = solr.open(services, index.dir, cli);
        Writer csvFile = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        ResultCsv csv = ResultCsv.to(csvFile, ResultCsv.BATCH_COLUMNS);
        Writer jsonFile = jsonl == null ? Writer.nullWriter() : new BufferedWriter(Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8))) {
      BatchRunner runner = services.batchRunner(open, base);
      int[] done = {0};
      runner.run(
          list,
          hits,
          o -> {
            BatchFiles.csv(csv, o);
            BatchFiles.jsonl(jsonFile, o);
            if (o.error() != null) {
              failed.add(o.query().row());
            }
            if (++done[0] % 500 == 0 && done[0] < list.size()) {
              err.printf(Locale.ROOT, "%,d of %,d queries%n", done[0], list.size());
              err.flush();
            }
          });
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter stdout = cli.getOut();
    stdout.printf(
        Locale.ROOT,
        "%,d quer%s in %.1f s (%.1f queries/s) -> %s%s%n",
        list.size(),
        list.size() == 1 ? "y" : "ies",
        seconds,
        list.size() / Math.max(seconds, 1e-9),
        out,
        jsonl == null ? "" : ", " + jsonl);
    if (!failed.isEmpty()) {
      stdout.printf(
          Locale.ROOT,
          "%d could not be read (row%s %s); the reason is in their error column%n",
          failed.size(),
          failed.size() == 1 ? "" : "s",
          shortList(failed));
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private static byte[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(QueryFile.MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new BadUploadException("there is no file " + file + "; give the file of queries with --queries");
    }
  }

  private static String shortList(List<Integer> rows) {
    List<String> shown = rows.stream().limit(10).map(String::valueOf).toList();
    return String.join(", ", shown) + (rows.size() > 10 ? " ..." : "");
  }
}
