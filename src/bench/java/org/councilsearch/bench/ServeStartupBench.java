package org.councilsearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts {@code serve} from this very jar in a fresh process on an existing index, and times how
 * long until it answers a search over HTTP: what a user waits for after a restart.
 */
public final class ServeStartupBench {
  private static final Duration GIVE_UP = Duration.ofMinutes(2);

  /**
   * @param port a free port for the server
   * @throws IOException when the server does not answer in time, or this is not running from the jar
   */
  public HttpFigures.ServeStartup measure(Path index, int port) throws IOException {
    Path jar = ownJar();
    // A corpus directory that does not exist makes serve use the index as it is, without indexing.
    Path noCorpus = index.toAbsolutePath().resolveSibling("no-corpus-for-startup-bench");
    List<String> command =
        List.of("java", "-Xmx1g", "-jar", jar.toString(), "serve", "--index", index.toAbsolutePath().toString(),
            "--corpus", noCorpus.toString(), "--port", Integer.toString(port));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    HttpRequest search =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=female+genital+mutilation+2009")).build();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      while (System.nanoTime() - start < GIVE_UP.toNanos()) {
        if (!process.isAlive()) {
          throw new IOException("serve ended with exit code " + process.exitValue() + " before answering");
        }
        try {
          if (http.send(search, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return new HttpFigures.ServeStartup((System.nanoTime() - start) / 1e6);
          }
        } catch (IOException notYet) {
          // Not listening yet.
        }
        Thread.sleep(20);
      }
      throw new IOException("serve did not answer a search within " + GIVE_UP.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for serve", e);
    } finally {
      process.destroy();
    }
  }

  private static Path ownJar() throws IOException {
    try {
      Path self = Path.of(ServeStartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(self) || !self.toString().endsWith(".jar")) {
        throw new IOException("the serve start-up bench runs from the jar: java -jar target/council-search.jar bench http ...");
      }
      return self;
    } catch (URISyntaxException e) {
      throw new IOException("cannot tell where this jar is: " + e.getMessage(), e);
    }
  }
}
