package org.councilsearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar's {@code serve} command run as a user runs it, in its own process on a free port,
 * so that browser tests see exactly what a person opening the page sees.
 */
final class ServedCorpus implements AutoCloseable {
  private static final Path JAR = Path.of("target/council-search.jar").toAbsolutePath();
  private static final Duration READY_WITHIN = Duration.ofSeconds(180);

  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final String base;

  private ServedCorpus(Process process, int port) {
    this.process = process;
    this.base = "http://127.0.0.1:" + port;
  }

  /** Starts {@code serve} on {@code corpus}, indexing into {@code index} first, and waits until it answers. */
  static ServedCorpus start(Path corpus, Path index) throws IOException, InterruptedException {
    int port = freePort();
    Process process =
        new ProcessBuilder(
                List.of(
                    "java", "-jar", JAR.toString(), "serve",
                    "--corpus", corpus.toString(), "--index", index.toString(), "--port", Integer.toString(port)))
            .redirectErrorStream(true)
            .start();
    ServedCorpus served = new ServedCorpus(process, port);
    served.collectOutput(process.getInputStream());
    served.awaitHealthy();
    return served;
  }

  /** The address of {@code path} on this server, e.g. {@code /search?q=ipu}. */
  String url(String path) {
    return base + path;
  }

  /** What the server printed so far, for failure messages. */
  String output() {
    return output.toString();
  }

  private void collectOutput(InputStream in) {
    Thread reader =
        new Thread(
            () -> {
              try {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                  output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
              } catch (IOException e) {
                output.append("\n[output lost: ").append(e.getMessage()).append(']');
              }
            },
            "served-corpus-output");
    reader.setDaemon(true);
    reader.start();
  }

  private void awaitHealthy() throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("serve exited with " + process.exitValue() + ":\n" + output);
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
    throw new IllegalStateException("serve did not answer within " + READY_WITHIN + ":\n" + output);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server as Ctrl-C would, and kills it if it does not stop. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
