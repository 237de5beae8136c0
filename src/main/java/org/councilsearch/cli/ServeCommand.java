package org.councilsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.app.UserState;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.web.AdminToken;
import org.councilsearch.web.RunningServer;
import org.councilsearch.web.ServedIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search serve: the web page and JSON API, indexing first when the index is behind. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the search page and the JSON API.",
      "If the index is missing or older than the corpus, the corpus is indexed first. A reindex by"
          + " another process (or POST /api/reindex) is picked up without a restart. Ctrl-C stops"
          + " it.",
      "With --solr, it answers from a SolrCloud collection built by index --solr, which it never"
          + " indexes at start; POST /api/reindex updates that collection. Passages of the index or"
          + " collection that lack a vector get one in the background (unless --no-vectors)."
    },
    footer = {
      "",
      "Examples:",
      "  council-search serve                       http://127.0.0.1:7070",
      "  council-search serve --port 8080 --index /data/index",
      "  council-search serve --solr http://solr1:8983/solr --collection council-search",
      "  COUNCIL_SEARCH_ADMIN_TOKEN=secret council-search serve    allows POST /api/reindex"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin CorpusOption corpus;

  @Mixin OcrOption ocr;

  @Mixin SolrOption solr;

  @Mixin StateDirOption state;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7070",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:COUNCIL_SEARCH_ADMIN_TOKEN}",
      description =
          "Allows POST /api/reindex with 'Authorization: Bearer TOKEN', and, when --host is not"
              + " this machine only, saving and deleting searches and starting batches (default: the"
              + " COUNCIL_SEARCH_ADMIN_TOKEN environment variable; without one, those requests are"
              + " refused).")
  String adminToken;

  private final Services services;

  @Option(
      names = "--no-vectors",
      description = "Serve search by words alone: no vector pass in the background. Without it, passages"
          + " without a vector get one in the background while search goes on, and search by meaning"
          + " covers more of the archive as it does (GET /api/health says how far it has come).")
  boolean noVectors;

  ServeCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535");
    }
    PrintWriter out = spec.commandLine().getOut();
    IndexUpdater updater = new IndexUpdater(services);
    // An everyday run updates a collection where it is; it never lays out a new one.
    IndexConfig where = state.applied(solr.where(index.dir, spec.commandLine()));
    IndexJob reindex = IndexJob.incremental(corpus.dir, where, ocr.settings(spec.commandLine()));
    // With no corpus directory, an existing index is served as it is; a collection is served as
    // it is, its reindexing asked for by request.
    boolean canIndex = Files.isDirectory(corpus.dir) || !Files.isDirectory(index.dir);
    boolean vectors = !noVectors;
    if (where instanceof IndexConfig.Embedded
        && canIndex
        && !updater.isCurrent(corpus.dir, index.dir)) {
      IndexCommand.update(updater, reindex, vectors, spec.commandLine());
    }
    ServedIndex served =
        new ServedIndex(
            services.open(where),
            updater,
            reindex,
            Clock.systemUTC(),
            Duration.ofSeconds(1),
            // A collection's passages are given vectors whatever the corpus: the pass reads them
            // from the collection.
            vectors && (canIndex || where instanceof IndexConfig.SolrCloud));
    UserState kept = services.userState(state.resolve(where), served::searching);
    RunningServer server = RunningServer.start(served, kept, AdminToken.of(adminToken), host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, stopped), "shutdown"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.println(
        "Council Search serves at http://" + shown + ":" + server.port() + "/ (Ctrl-C to stop)");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private static void stop(RunningServer server, CountDownLatch stopped) {
    try {
      server.close();
    } catch (IOException | RuntimeException e) {
      // The process is ending either way; the index on disk is untouched by a searcher.
    } finally {
      stopped.countDown();
    }
  }
}
