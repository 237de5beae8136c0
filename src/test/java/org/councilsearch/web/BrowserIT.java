package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The web page over the bundled corpus, used the way a person uses it: typing, clicking, following links. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
  @TempDir static Path tmp;
  @RegisterExtension final ServedBrowser page = new ServedBrowser();
  private final AccessibilityAudit audit = new AccessibilityAudit("BrowserIT");
  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    page.start(Path.of("corpus").toAbsolutePath(), tmp);
    browser = page.browser();
  }

  @AfterAll
  void stop() throws Exception {
    page.close();
    audit.close();
  }

  private void searchFor(String query) {
    browser.open(page.url("/"));
    WebElement box = browser.find("#q");
    box.clear();
    box.sendKeys(query, Keys.ENTER);
    browser.find("#result-count");
  }

  /** Runs {@code steps} in a phone-sized window, then returns to the desktop size. */
  private void atPhoneWidth(Runnable steps) {
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      steps.run();
    } finally {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  private List<String> hitYears() {
    return browser.all("article.hit").stream().map(h -> h.getAttribute("data-year")).toList();
  }

  @Test
  void a_year_in_the_question_brings_that_years_paragraphs_first() {
    searchFor("female genital mutilation 2009");
    assertThat(hitYears()).hasSizeGreaterThan(5);
    assertThat(hitYears().subList(0, 5)).containsOnly("2009");
    assertThat(browser.find("article.hit a.citation").getText())
        .matches("Gender Coordination Report 2009, para\\. \\d+");
    assertThat(browser.find("article.hit .snippet mark").getText()).isNotBlank();
    assertThat(browser.find("#interpretation").getText()).contains("2009");

    browser.clickAndWait(browser.find("a#search-all-years"));
    assertThat(hitYears()).contains("2011");
  }

  @Test
  void clicking_a_year_bar_keeps_only_that_year() {
    searchFor("migration");
    assertThat(hitYears()).as("a query spread over the years").contains("2009", "2011");
    browser.clickAndWait(browser.find("svg#year-histogram a.year-bar[data-year='2011']"));
    assertThat(hitYears()).isNotEmpty().containsOnly("2011");
    assertThat(browser.find("a.active-filter").getText()).contains("2011");
  }

  @Test
  void clicking_an_organization_chip_filters_by_it() {
    searchFor("female genital mutilation 2009");
    WebElement chip = browser.find("article.hit a.chip.chip-org");
    String organization = chip.getText();
    browser.clickAndWait(chip);
    assertThat(browser.driver().getCurrentUrl()).contains("org=");
    List<WebElement> hits = browser.all("article.hit");
    assertThat(hits).isNotEmpty();
    for (WebElement hit : hits) {
      assertThat(hit.findElements(By.cssSelector("a.chip.chip-org")))
          .extracting(WebElement::getText)
          .contains(organization);
    }
  }

  @Test
  void clicking_an_event_type_facet_keeps_the_passages_it_counted() {
    searchFor("migration");
    WebElement value = browser.find("section.facet[data-facet='event-type'] a.facet-value");
    String count = value.findElement(By.cssSelector(".count")).getText().strip();
    browser.clickAndWait(value);
    assertThat(browser.driver().getCurrentUrl()).contains("event-type=");
    assertThat(browser.find("#result-count").getText()).startsWith(count + " ");
  }

  @Test
  void a_citation_opens_the_paper_at_that_paragraph() {
    searchFor("female genital mutilation 2009");
    WebElement citation = browser.find("article.hit a.citation");
    String href = citation.getAttribute("href");
    assertThat(href).contains("/documents/").containsPattern("#para-\\d+$");
    String anchor = href.substring(href.indexOf('#') + 1);
    browser.clickAndWait(citation);

    WebElement current = browser.find(".passage.current");
    assertThat(current.getAttribute("id")).isEqualTo(anchor);
    assertThat(current.getText()).containsIgnoringCase("mutilation");
    assertThat(browser.find("h1").getText()).containsIgnoringCase("2009");
    Object visible =
        browser.script("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", current);
    assertThat(visible).as("the paragraph came from is scrolled into view").isEqualTo(true);
    assertThat(browser.all(".passage").size()).as("the whole paper is shown").isGreaterThan(10);
  }

  @Test
  void the_un_women_page_shows_its_names_and_collaborations_by_year() {
    browser.open(page.url("/organizations/UN-Women"));
    assertThat(browser.find("h1").getText()).contains("Empowerment of Women");
    assertThat(browser.find("#aliases").getText()).contains("UN Women");
    assertThat(browser.find("#predecessors").getText()).contains("UNIFEM");
    WebElement year2011 = browser.find("#timeline section.timeline-year[data-year='2011']");
    List<WebElement> passages = year2011.findElements(By.cssSelector("a.timeline-passage"));
    assertThat(passages).hasSizeGreaterThanOrEqualTo(3);

    browser.clickAndWait(passages.get(0));
    assertThat(browser.find(".passage.current").getText()).containsIgnoringCase("UN-Women");
  }

  @Test
  void results_fit_a_phone_screen() {
    atPhoneWidth(
        () -> {
          searchFor("collaborations with UN-Women");
          Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
          assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
          assertThat(browser.find("#q").getSize().getWidth()).isGreaterThan(200);
          assertThat(browser.all("article.hit")).isNotEmpty();
        });
  }

  @Test
  void on_a_phone_the_reading_is_one_line_and_the_first_result_is_on_the_first_screen() {
    atPhoneWidth(
        () -> {
          searchFor("collaborations with UN-Women");
          WebElement brief = browser.find("#interpretation details.reading-brief");
          assertThat(brief.isDisplayed()).isTrue();
          assertThat(brief.getAttribute("open")).as("the reading starts collapsed").isNull();
          assertThat(browser.find("#interpretation .reading-full").isDisplayed()).isFalse();
          WebElement summary = brief.findElement(By.tagName("summary"));
          assertThat(summary.getText()).startsWith("Read as: UN-Women");
          Object lines =
              browser.script(
                  "const s = arguments[0]; return s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight);",
                  summary);
          assertThat(((Number) lines).doubleValue()).as("lines of the summary").isLessThan(1.5);
          Object onFirstScreen =
              browser.script(
                  "return window.scrollY === 0 && arguments[0].getBoundingClientRect().bottom <= window.innerHeight;",
                  browser.find("article.hit a.citation"));
          assertThat(onFirstScreen).as("the first result shows without scrolling").isEqualTo(true);
          audit.check(browser, "results on a phone");

          summary.click();
          assertThat(brief.getAttribute("open")).as("one tap opens the reading").isNotNull();
          assertThat(brief.getText()).contains("then its predecessors (United Nations Development Fund for Women");
        });
    searchFor("collaborations with UN-Women");
    assertThat(browser.find("#interpretation .reading-full").getText())
        .as("a wide window shows the whole reading")
        .contains("then its predecessors (United Nations Development Fund for Women");
    assertThat(browser.find("#interpretation details.reading-brief").isDisplayed()).isFalse();
  }

  @Test
  void unknown_pages_say_so() {
    browser.open(page.url("/no/such/page"));
    assertThat(browser.find("body").getText()).containsIgnoringCase("not found");
    browser.open(page.url("/documents/no-such-paper"));
    assertThat(browser.find("body").getText()).containsIgnoringCase("not found");
  }

  @Test
  void every_kind_of_page_passes_axe() {
    browser.open(page.url("/"));
    audit.check(browser, "home");
    searchFor("female genital mutilation 2009");
    audit.check(browser, "results");
    browser.open(page.url("/search?q=migration&year=2011&org=UN-Women"));
    assertThat(browser.find("#result-count").getText()).doesNotStartWith("0 ");
    audit.check(browser, "results with filters");
    browser.open(page.url("/search?q=%22unclosed"));
    browser.find("#search-error");
    audit.check(browser, "a query that cannot be read");
    browser.clickAndWait(browser.find("a.brand"));
    searchFor("white ribbons");
    browser.clickAndWait(browser.find("article.hit a.citation"));
    browser.find(".passage.current");
    audit.check(browser, "paper");
    browser.open(page.url("/organizations/UN-Women"));
    browser.find("#timeline");
    audit.check(browser, "organization");
    browser.open(page.url("/no/such/page"));
    audit.check(browser, "unknown page");
    browser.open(page.url("/documents/no-such-paper"));
    audit.check(browser, "unknown paper");
  }
}
