package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A paper and queries carrying script and event-handler markup: in a real browser, nothing of it
 * runs and the text shows as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePaperBrowserIT {
  private static final String PAPER =
      """
      GENDER COORDINATION REPORT 2010

      1. The Unit hosted a workshop on <script>window.__pwned = 'script';</script> safe migration in Dakar.

      2. A paragraph on remittances carries <img src=x onerror="window.__pwned='img'"> an image, a \
      <mark>forged</mark> highlight and <b onmouseover="window.__pwned='b'">bold</b> text.

      3. Delegates quoted an unclosed <img src=x onerror=window.__pwned='unclosed' // in the minutes on trafficking.

      4. The title " onmouseover="window.__pwned='attr' x=" was read aloud at the trafficking panel.
      """;

  @TempDir static Path tmp;
  @RegisterExtension final ServedBrowser page = new ServedBrowser();
  private final AccessibilityAudit audit = new AccessibilityAudit("HostilePaperBrowserIT");
  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("hostile.txt"), PAPER, StandardCharsets.UTF_8);
    page.start(corpus, tmp);
    browser = page.browser();
  }

  @AfterAll
  void stop() throws Exception {
    page.close();
    audit.close();
  }

  private void assertNothingRan() {
    assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.script("return window.__pwned === undefined;")).isEqualTo(true);
    assertThat(browser.all("body img, body script:not([src])")).isEmpty();
  }

  private String search(String query) {
    return page.url("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  @Test
  void markup_in_a_paper_shows_as_text_in_results_and_in_the_paper() {
    browser.open(search("trafficking"));
    assertThat(browser.all("article.hit:not(.meaning-only)")).as("passages matching the words").hasSize(2);
    assertThat(browser.find("body").getText()).contains("__pwned='unclosed' //", "__pwned='attr' x=\"");
    assertNothingRan();
    audit.check(browser, "results with markup");

    browser.clickAndWait(browser.find("article.hit a.citation"));
    browser.find(".passage.current");
    assertThat(browser.find("body").getText()).contains("<img src=x onerror=", "onmouseover=");
    assertThat(browser.all("mark")).extracting(m -> m.getText()).doesNotContain("forged");
    assertNothingRan();
    audit.check(browser, "a paper with markup");
  }

  @Test
  void a_hostile_query_is_shown_as_typed_and_runs_nothing() {
    String query = "<script>window.__pwned='q'</script><img src=x onerror=\"window.__pwned='q2'\"> remittances";
    browser.open(search(query));
    assertThat(browser.find("#q").getAttribute("value")).isEqualTo(query);
    assertNothingRan();
    browser.open(search("\"><svg onload=window.__pwned='svg'> workshop"));
    assertNothingRan();
  }
}
