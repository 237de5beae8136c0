package org.councilsearch.web;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves what the browser showed when a test failed, under {@code target/browser-screenshots/}. */
final class ScreenshotOnFailure implements TestWatcher {
  private static final Path DIR = Path.of("target", "browser-screenshots");
  private final Supplier<Browser> browser;

  ScreenshotOnFailure(Supplier<Browser> browser) {
    this.browser = browser;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Browser b = browser.get();
    if (b == null) {
      return;
    }
    Path file = DIR.resolve(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
    try {
      b.screenshot(file);
      System.err.println("Screenshot of the failed page: " + file.toAbsolutePath());
    } catch (Exception e) {
      System.err.println("No screenshot for " + context.getDisplayName() + ": " + e.getMessage());
    }
  }
}
