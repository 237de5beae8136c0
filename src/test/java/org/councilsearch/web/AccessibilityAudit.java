package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core's rules on the page a browser shows. A violation of impact serious or critical
 * fails the test; milder ones are collected for the closing note, which {@link #close()} prints
 * and writes to {@code target/axe/{suite}.txt}.
 */
final class AccessibilityAudit implements AutoCloseable {
  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private static final Path REPORTS = Path.of("target", "axe");

  private final String suite;
  private final List<String> audited = new ArrayList<>();
  private final List<String> milder = new ArrayList<>();

  AccessibilityAudit(String suite) {
    this.suite = suite;
  }

  /** Audits what {@code browser} shows now, naming it {@code page} in messages. */
  void check(Browser browser, String page) {
    Results results = new AxeBuilder().analyze(browser.driver());
    assertThat(results.isErrored()).as("axe-core ran on %s: %s", page, results.getErrorMessage()).isFalse();
    audited.add(page);
    List<String> blocking = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      String line = describe(page, rule);
      if (BLOCKING.contains(rule.getImpact())) {
        blocking.add(line);
      } else {
        milder.add(line);
      }
    }
    assertThat(blocking).as("serious or critical accessibility violations on %s", page).isEmpty();
  }

  private static String describe(String page, Rule rule) {
    List<String> where = new ArrayList<>();
    for (CheckedNode node : rule.getNodes()) {
      where.add(String.valueOf(node.getTarget()) + " " + node.getHtml());
    }
    return page + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + where;
  }

  /** The closing note: which pages were audited and every violation milder than serious. */
  @Override
  public void close() throws IOException {
    StringBuilder note = new StringBuilder();
    note.append(suite)
        .append(": axe-core audited ")
        .append(audited.size())
        .append(" pages ")
        .append(audited)
        .append("; ")
        .append(milder.size())
        .append(" minor or moderate violations")
        .append(milder.isEmpty() ? "" : ":")
        .append('\n');
    milder.forEach(line -> note.append("  ").append(line).append('\n'));
    System.out.print(note);
    Files.createDirectories(REPORTS);
    Files.writeString(REPORTS.resolve(suite + ".txt"), note, StandardCharsets.UTF_8);
  }
}
