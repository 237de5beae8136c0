package org.councilsearch.web;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A served corpus and a browser pointed at it, for one test class; when a test fails, what the
 * browser showed is saved under {@code target/browser-screenshots/}.
 */
final class ServedBrowser implements TestWatcher, AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private ServedCorpus server;
  private Browser browser;

  /** Serves {@code corpus} (indexing it under {@code work}) and opens a desktop-sized browser. */
  void start(Path corpus, Path work) throws IOException, InterruptedException {
    server = ServedCorpus.start(corpus, work.resolve("index"));
    browser = Browser.start(work.resolve("profile"), 1280, 900);
  }

  Browser browser() {
    return browser;
  }

  String url(String path) {
    return server.url(path);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (browser == null) {
      return;
    }
    Path file =
        SCREENSHOTS.resolve(
            context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
    try {
      browser.screenshot(file);
      System.err.println("Screenshot of the failed page: " + file.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      System.err.println("No screenshot for " + context.getDisplayName() + ": " + e.getMessage());
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
