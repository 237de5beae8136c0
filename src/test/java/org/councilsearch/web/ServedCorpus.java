package org.councilsearch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.councilsearch.support.JarProcess;

/**
 * The shaded jar's {@code serve} command run as a user runs it, in its own process on a free port,
 * so that browser and load tests see exactly what a person opening the page sees.
 */
final class ServedCorpus implements AutoCloseable {
  private static final Duration READY_WITHIN = Duration.ofSeconds(180);

  private final JarProcess process;
  private final String base;

  private ServedCorpus(JarProcess process, int port) {
    this.process = process;
    this.base = "http://127.0.0.1:" + port;
  }

  /**
   * Starts {@code serve} on {@code corpus}, indexing into {@code index} first, and waits until it
   * answers. Its output goes to files beside the index.
   */
  static ServedCorpus start(Path corpus, Path index) throws IOException, InterruptedException {
    return start(
        index.toAbsolutePath().getParent(),
        "--corpus", corpus.toAbsolutePath().toString(), "--index", index.toAbsolutePath().toString());
  }

  /**
   * Starts {@code serve} with {@code options} (such as {@code --solr URL --collection NAME}) and
   * waits until it answers; its output goes to files under {@code dir}.
   */
  static ServedCorpus start(Path dir, String... options) throws IOException, InterruptedException {
    int port = freePort();
    Path workDir = Files.createDirectories(dir.toAbsolutePath().resolve("serve-" + port));
    String[] args = new String[options.length + 3];
    args[0] = "serve";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = "--port";
    args[options.length + 2] = Integer.toString(port);
    JarProcess process = JarProcess.start(workDir, "serve", args);
    ServedCorpus served = new ServedCorpus(process, port);
    served.awaitHealthy();
    return served;
  }

  /** The address of {@code path} on this server, e.g. {@code /search?q=ipu}. */
  String url(String path) {
    return base + path;
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("serve ended before answering:\n" + process.output() + process.errorOutput());
      }
      try {
        HttpResponse<Void> health =
            client.send(HttpRequest.newBuilder(URI.create(url("/api/health"))).build(), HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // The server is still indexing or starting: ask again shortly.
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("serve did not answer within " + READY_WITHIN + ":\n" + process.errorOutput());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the server the hard way (SIGKILL): no shutdown hook runs, as in a power cut. */
  void kill() throws InterruptedException {
    process.kill();
  }

  /** Stops the server as Ctrl-C would, and kills it if it does not stop. */
  @Override
  public void close() throws InterruptedException {
    process.stop(Duration.ofSeconds(10));
  }
}
