package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.councilsearch.nlp.DateMention.Precision;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private static final DateFinder FINDER = new DateFinder();

  // ------------------------------------------------------------------ days

  @Test
  void day_month_year_is_one_day() {
    assertOnly("6 February 2009", null, "6 February 2009", "2009-02-06", "2009-02-06", Precision.DAY);
  }

  @Test
  void month_day_comma_year_is_one_day() {
    assertOnly(
        "signed on February 6, 2009 in Geneva",
        null,
        "February 6, 2009",
        "2009-02-06",
        "2009-02-06",
        Precision.DAY);
  }

  @Test
  void ordinal_day_is_one_day() {
    assertOnly(
        "held on the 6th February 2009.",
        null,
        "6th February 2009",
        "2009-02-06",
        "2009-02-06",
        Precision.DAY);
    assertOnly(
        "the 1st of May 2009", null, "1st of May 2009", "2009-05-01", "2009-05-01", Precision.DAY);
  }

  @Test
  void on_day_leaves_the_preposition_out() {
    assertOnly(
        "25. On 10 March 2009, the Director General",
        null,
        "10 March 2009",
        "2009-03-10",
        "2009-03-10",
        Precision.DAY);
  }

  @Test
  void iso_date_is_one_day() {
    assertOnly("dated 2009-02-06.", null, "2009-02-06", "2009-02-06", "2009-02-06", Precision.DAY);
  }

  @Test
  void day_without_year_takes_the_context_year() {
    assertOnly("on 6 February the", 2009, "6 February", "2009-02-06", "2009-02-06", Precision.DAY);
    assertThat(FINDER.find("on 6 February the", null)).isEmpty();
  }

  // ------------------------------------------------------------------ day ranges

  @Test
  void day_range_with_to_starts_at_the_first_day() {
    String text = "Israel, from 16 to 26 November 2009 aims";
    DateMention m = assertOnly(text, null, "16 to 26 November 2009", "2009-11-16", "2009-11-26", Precision.DAY);
    assertThat(m.start()).isEqualTo(text.indexOf("16"));
  }

  @Test
  void day_range_with_hyphen_en_dash_or_to() {
    assertOnly("16-26 November 2009", null, "16-26 November 2009", "2009-11-16", "2009-11-26", Precision.DAY);
    assertOnly("Geneva, 5–7 December 2011", null, "5–7 December 2011", "2011-12-05", "2011-12-07", Precision.DAY);
    assertOnly("on 18 to 20 May 2009", null, "18 to 20 May 2009", "2009-05-18", "2009-05-20", Precision.DAY);
  }

  @Test
  void day_range_across_months_spans_both() {
    assertOnly(
        "in Geneva from 29 June to 1 July 2009.",
        null,
        "29 June to 1 July 2009",
        "2009-06-29",
        "2009-07-01",
        Precision.DAY);
    assertOnly(
        "Geneva, 29 November-2 December 2005",
        null,
        "29 November-2 December 2005",
        "2005-11-29",
        "2005-12-02",
        Precision.DAY);
  }

  @Test
  void day_range_across_years_spans_both() {
    assertOnly(
        "from 30 December 2009 to 2 January 2010",
        null,
        "30 December 2009 to 2 January 2010",
        "2009-12-30",
        "2010-01-02",
        Precision.DAY);
    assertOnly(
        "from 30 December to 2 January 2010",
        null,
        "30 December to 2 January 2010",
        "2009-12-30",
        "2010-01-02",
        Precision.DAY);
  }

  @Test
  void two_days_joined_by_and_are_one_range() {
    assertOnly("on 2 and 3 July 2009", null, "2 and 3 July 2009", "2009-07-02", "2009-07-03", Precision.DAY);
    assertOnly("on 10 and 11 March 2009", null, "10 and 11 March 2009", "2009-03-10", "2009-03-11", Precision.DAY);
    assertOnly("on 5, 6 and 7 May 2009", null, "5, 6 and 7 May 2009", "2009-05-05", "2009-05-07", Precision.DAY);
  }

  @Test
  void date_across_a_line_break_or_several_spaces() {
    String text = "held in Monrovia on 7 and 8 March \n2009, the";
    assertOnly(text, null, "7 and 8 March \n2009", "2009-03-07", "2009-03-08", Precision.DAY);
    assertOnly("on 7   March\t\t2009", null, "7   March\t\t2009", "2009-03-07", "2009-03-07", Precision.DAY);
  }

  @Test
  void day_range_without_year_takes_the_context_year_or_is_skipped() {
    String text = "was held for Women Leaders from 25-28 September in Haifa";
    assertOnly(text, 2005, "25-28 September", "2005-09-25", "2005-09-28", Precision.DAY);
    assertThat(FINDER.find(text, null)).isEmpty();
  }

  @Test
  void day_list_without_final_year_borrows_the_later_year() {
    List<DateMention> found = FINDER.find("on 30 November and 1 December 2010.", 2011);
    assertThat(found).hasSize(2);
    assertMention(found.get(0), "30 November", "2010-11-30", "2010-11-30", Precision.DAY);
    assertMention(found.get(1), "1 December 2010", "2010-12-01", "2010-12-01", Precision.DAY);
  }

  @Test
  void us_style_day_range() {
    assertOnly(
        "November 16-26, 2009",
        null,
        "November 16-26, 2009",
        "2009-11-16",
        "2009-11-26",
        Precision.DAY);
  }

  // ------------------------------------------------------------------ months

  @Test
  void month_year_is_the_whole_month() {
    assertOnly(
        "signed a Memorandum of Understanding in March 2009 with",
        null,
        "March 2009",
        "2009-03-01",
        "2009-03-31",
        Precision.MONTH);
    assertOnly("in February 2008.", null, "February 2008", "2008-02-01", "2008-02-29", Precision.MONTH);
  }

  @Test
  void bare_month_after_a_preposition_takes_the_context_year() {
    assertOnly(
        "a workshop held at Headquarters in May to:",
        2003,
        "May",
        "2003-05-01",
        "2003-05-31",
        Precision.MONTH);
    assertOnly("4. In November, a film", 2005, "November", "2005-11-01", "2005-11-30", Precision.MONTH);
    assertOnly("by mid-May the", 2005, "May", "2005-05-01", "2005-05-31", Precision.MONTH);
    assertOnly("at the end of June the", 2005, "June", "2005-06-01", "2005-06-30", Precision.MONTH);
    assertThat(FINDER.find("a workshop held at Headquarters in May to:", null)).isEmpty();
  }

  @Test
  void bare_month_needs_a_preposition_and_a_capital() {
    assertThat(FINDER.find("March and October were busy", 2009)).isEmpty();
    assertThat(FINDER.find("staff will march in october", 2009)).isEmpty();
  }

  @Test
  void may_as_a_verb_is_no_date() {
    assertThat(FINDER.find("Member States may wish to take note.", 2009)).isEmpty();
    assertThat(FINDER.find("May I remind delegates that this may 2 times", 2009)).isEmpty();
    assertThat(FINDER.find("the Council may in future decide", 2009)).isEmpty();
    assertThat(FINDER.find("Participants may 2009", 2009))
        .extracting(m -> m.span().text())
        .containsExactly("2009");
  }

  @Test
  void two_months_with_years_are_two_mentions() {
    List<DateMention> found =
        FINDER.find("On two occasions, in November 2010 and July 2011, the Unit", 2011);
    assertThat(found).hasSize(2);
    assertMention(found.get(0), "November 2010", "2010-11-01", "2010-11-30", Precision.MONTH);
    assertMention(found.get(1), "July 2011", "2011-07-01", "2011-07-31", Precision.MONTH);
  }

  @Test
  void month_range_is_one_mention() {
    assertOnly("January – March 2005", null, "January – March 2005", "2005-01-01", "2005-03-31", Precision.MONTH);
    assertOnly("January-March 2005", null, "January-March 2005", "2005-01-01", "2005-03-31", Precision.MONTH);
    assertOnly(
        "Between January and the end of March 2005, a total",
        null,
        "January and the end of March 2005",
        "2005-01-01",
        "2005-03-31",
        Precision.MONTH);
    assertOnly(
        "from November 2010 to March 2011",
        null,
        "November 2010 to March 2011",
        "2010-11-01",
        "2011-03-31",
        Precision.MONTH);
  }

  @Test
  void months_joined_by_and_without_between_are_two_mentions_sharing_the_year() {
    List<DateMention> found = FINDER.find("in January and March 2005", 2004);
    assertThat(found).hasSize(2);
    assertMention(found.get(0), "January", "2005-01-01", "2005-01-31", Precision.MONTH);
    assertMention(found.get(1), "March 2005", "2005-03-01", "2005-03-31", Precision.MONTH);
  }

  @Test
  void abbreviated_months() {
    assertOnly("in Sept. 2009 the", null, "Sept. 2009", "2009-09-01", "2009-09-30", Precision.MONTH);
    assertOnly("on 3 Dec 2009", null, "3 Dec 2009", "2009-12-03", "2009-12-03", Precision.DAY);
    assertOnly("SEPTEMBER 2009", null, "SEPTEMBER 2009", "2009-09-01", "2009-09-30", Precision.MONTH);
    assertThat(FINDER.find("in dec 2009", null)).extracting(m -> m.span().text()).containsExactly("2009");
    assertThat(FINDER.find("in Dec the", 2009)).isEmpty();
  }

  @Test
  void since_is_the_start_it_states_not_a_range_to_the_end_of_the_report_year() {
    String text = "(IASC) champion on PSEA since November 2011. He is";
    DateMention m = assertOnly(text, 2012, "since November 2011", "2011-11-01", "2011-11-30", Precision.MONTH);
    assertThat(m.start()).isEqualTo(text.indexOf("since"));
    assertOnly(text, null, "since November 2011", "2011-11-01", "2011-11-30", Precision.MONTH);
    assertOnly("showing no progress since 2005.", 2009, "since 2005", "2005-01-01", "2005-12-31", Precision.YEAR);
    assertOnly("Since March 2016, the Office has", 2017, "Since March 2016", "2016-03-01", "2016-03-31", Precision.MONTH);
  }

  @Test
  void parts_of_a_year_are_periods() {
    assertOnly("in the first half of 2014 the", 2014, "first half of 2014", "2014-01-01", "2014-06-30", Precision.MONTH);
    assertOnly("during the second half of 2013.", null, "second half of 2013", "2013-07-01", "2013-12-31", Precision.MONTH);
    assertOnly("in the third quarter of 2015,", null, "third quarter of 2015", "2015-07-01", "2015-09-30", Precision.MONTH);
    assertOnly("agreed in early 2010 to", null, "early 2010", "2010-01-01", "2010-04-30", Precision.MONTH);
    assertOnly("by mid-2014 the", null, "mid-2014", "2014-05-01", "2014-08-31", Precision.MONTH);
    assertOnly("in late 2013.", null, "late 2013", "2013-09-01", "2013-12-31", Precision.MONTH);
    assertOnly("rising since early 2013.", null, "since early 2013", "2013-01-01", "2013-04-30", Precision.MONTH);
    assertOnly("over the biennium 2008–2009,", null, "2008–2009", "2008-01-01", "2009-12-31", Precision.YEAR);
    assertOnly("from 2015 to 2019 the", null, "2015 to 2019", "2015-01-01", "2019-12-31", Precision.YEAR);
    assertOnly("a half of 2014 budget", null, "2014", "2014-01-01", "2014-12-31", Precision.YEAR);
  }

  // ------------------------------------------------------------------ years

  @Test
  void bare_year_is_the_whole_year() {
    assertOnly("2009", null, "2009", "2009-01-01", "2009-12-31", Precision.YEAR);
    assertOnly("1. In 2012, the Unit", null, "2012", "2012-01-01", "2012-12-31", Precision.YEAR);
    assertOnly("Gender in 1995.", null, "1995", "1995-01-01", "1995-12-31", Precision.YEAR);
    assertOnly("The report of the 2008 event", null, "2008", "2008-01-01", "2008-12-31", Precision.YEAR);
    assertOnly("(PAHO, 2003).", null, "2003", "2003-01-01", "2003-12-31", Precision.YEAR);
  }

  @Test
  void year_range_is_one_mention() {
    assertOnly("the 1998-2003 WGGI Plan", null, "1998-2003", "1998-01-01", "2003-12-31", Precision.YEAR);
    assertOnly("for 2003 to 2008.", null, "2003 to 2008", "2003-01-01", "2008-12-31", Precision.YEAR);
    assertOnly("2005–2009", null, "2005–2009", "2005-01-01", "2009-12-31", Precision.YEAR);
    assertOnly("between 2003 and 2008", null, "2003 and 2008", "2003-01-01", "2008-12-31", Precision.YEAR);
    assertOnly("the 2008/09 biennium", null, "2008/09", "2008-01-01", "2009-12-31", Precision.YEAR);
  }

  @Test
  void years_joined_by_and_are_two_mentions() {
    assertThat(FINDER.find("for 2009 and 2010 participants", null))
        .extracting(m -> m.span().text())
        .containsExactly("2009", "2010");
  }

  @Test
  void implausible_years_bigger_numbers_decades_and_ordinals_are_no_dates() {
    assertThat(FINDER.find("1850 and 2150 and 12009 and 200 and 20090", null)).isEmpty();
    assertThat(FINDER.find("in the 1990s and the 1980’s", null)).isEmpty();
    assertThat(FINDER.find("the 21st session and the 98th", null)).isEmpty();
    assertThat(FINDER.find("a rate of 2009.5 and 2,009 units", null)).isEmpty();
  }

  @Test
  void money_is_no_date() {
    assertThat(FINDER.find("WGGI funding: USD 10,000", 2003)).isEmpty();
    assertThat(FINDER.find("**WGFI funding: USD10,000**", 2005)).isEmpty();
    assertThat(FINDER.find("a grant of USD 2000 and CHF 1995 and $2010 and 2005 euros", null))
        .isEmpty();
    assertThat(FINDER.find("some 2000 per cent or 2001%", null)).isEmpty();
  }

  @Test
  void document_symbols_are_no_dates() {
    String text = "Programme and Budget for 2006 (MC/2176) – General, Chapter VIII.9 (CRP/36)";
    assertOnly(text, 2005, "2006", "2006-01-01", "2006-12-31", Precision.YEAR);
    assertThat(FINDER.find("see MC/2009 and 2009/2 and A/2010-1", null)).isEmpty();
  }

  @Test
  void page_and_reference_numbers_are_no_dates() {
    assertThat(FINDER.find("see page 2009, p. 1998, pp. 2001-2005 and No. 2003", null)).isEmpty();
    assertThat(FINDER.find("Security Council resolution 1960 (2010)", null))
        .extracting(m -> m.span().text())
        .containsExactly("2010");
    assertThat(FINDER.find("Page 3 of 12", 2009)).isEmpty();
  }

  @Test
  void invalid_dates_are_skipped_whole() {
    assertThat(FINDER.find("on 31 February 2009 and 30 February", 2009)).isEmpty();
    assertThat(FINDER.find("from 26 to 16 November 2009", null)).isEmpty();
    assertThat(FINDER.find("on 32 March 2009", null))
        .extracting(m -> m.span().text())
        .containsExactly("March 2009");
    assertThat(FINDER.find("on 29 February 2008", null))
        .extracting(m -> m.span().start())
        .containsExactly(LocalDate.parse("2008-02-29"));
  }

  @Test
  void strange_context_years_do_not_throw() {
    assertThat(FINDER.find("in May and on 6 February", Integer.MAX_VALUE)).isEmpty();
    assertThat(FINDER.find("in May and on 6 February", -5)).hasSize(2);
  }

  @Test
  void empty_and_symbol_only_texts_find_nothing() {
    assertThat(FINDER.find("", 2009)).isEmpty();
    assertThat(FINDER.find(" \n\t-–/,.", 2009)).isEmpty();
    assertThat(FINDER.find("May", 2009)).isEmpty();
    assertThat(FINDER.find("in", 2009)).isEmpty();
  }

  // ------------------------------------------------------------------ real sentences

  @Test
  void corpus_sentences_from_the_2009_paper() {
    assertOnly(
        "4. In Geneva, on 6 February 2009, GIC marked the sixth International Day",
        2009,
        "6 February 2009",
        "2009-02-06",
        "2009-02-06",
        Precision.DAY);
    assertOnly(
        "the OSCE region”, held in Athens on 18 to 20 May 2009, and made a",
        2009,
        "18 to 20 May 2009",
        "2009-05-18",
        "2009-05-20",
        Precision.DAY);
    assertOnly(
        "with a Gender Perspective in Geneva from 29 June to 1 July 2009. It brought",
        2009,
        "29 June to 1 July 2009",
        "2009-06-29",
        "2009-07-01",
        Precision.DAY);
    assertOnly(
        "this two-day expert meeting on 2 and 3 July 2009. GIC introduced",
        2009,
        "2 and 3 July 2009",
        "2009-07-02",
        "2009-07-03",
        Precision.DAY);
  }

  @Test
  void corpus_sentences_from_the_2005_2011_and_2012_papers() {
    assertOnly(
        "was held for Women Leaders from 25-28 September in Haifa, Israel.",
        2005,
        "25-28 September",
        "2005-09-25",
        "2005-09-28",
        Precision.DAY);
    assertOnly(
        "Assistance Programme (SACTAP) Helpline (January-March 2005) (MRF Pretoria):**",
        2005,
        "January-March 2005",
        "2005-01-01",
        "2005-03-31",
        Precision.MONTH);
    assertOnly(
        "has been the Inter-Agency Standing Committee (IASC) champion on PSEA since November 2011.",
        2012,
        "since November 2011",
        "2011-11-01",
        "2011-11-30",
        Precision.MONTH);
    assertOnly(
        "took place in Haifa, Israel, from 15 to 24 November 2010 and brought together",
        2011,
        "15 to 24 November 2010",
        "2010-11-15",
        "2010-11-24",
        Precision.DAY);
  }

  @Test
  void corpus_files_yield_the_expected_spans_and_nothing_throws() throws IOException {
    record Expected(String file, int year, String text, String start, String end) {}
    List<Expected> expected =
        List.of(
            new Expected("000_", 2009, "6 February 2009", "2009-02-06", "2009-02-06"),
            new Expected("000_", 2009, "7 and 8 March \n2009", "2009-03-07", "2009-03-08"),
            new Expected("000_", 2009, "16 to 26 November 2009", "2009-11-16", "2009-11-26"),
            new Expected("000_", 2009, "since 2005", "2005-01-01", "2005-12-31"),
            new Expected("000_", 2009, "October", "2009-10-01", "2009-10-31"),
            new Expected("001_", 2011, "5–7 December 2011", "2011-12-05", "2011-12-07"),
            new Expected("001_", 2011, "25 March 1911", "1911-03-25", "1911-03-25"),
            new Expected("001_", 2011, "30 November to 2 December 2010", "2010-11-30", "2010-12-02"),
            new Expected("002_", 2012, "22 June 2012", "2012-06-22", "2012-06-22"),
            new Expected("002_", 2012, "since November 2011", "2011-11-01", "2011-11-30"),
            new Expected("003_", 2003, "1998-2003", "1998-01-01", "2003-12-31"),
            new Expected("003_", 2003, "2003 to 2008", "2003-01-01", "2008-12-31"),
            new Expected("003_", 2003, "May", "2003-05-01", "2003-05-31"),
            new Expected("004_", 2005, "29 November-2 December 2005", "2005-11-29", "2005-12-02"),
            new Expected("004_", 2005, "January – March 2005", "2005-01-01", "2005-03-31"),
            new Expected(
                "004_", 2005, "January and the end of March 2005", "2005-01-01", "2005-03-31"),
            new Expected("004_", 2005, "25-28 September", "2005-09-25", "2005-09-28"));

    List<Path> files = corpusFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Integer context : new Integer[] {null, 2009}) {
        assertWellFormed(text, FINDER.find(text, context));
      }
    }
    for (Expected e : expected) {
      Path file =
          files.stream()
              .filter(f -> f.getFileName().toString().startsWith(e.file()))
              .findFirst()
              .orElseThrow();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<DateMention> found = FINDER.find(text, e.year());
      assertThat(found)
          .as("%s in %s", e.text(), file.getFileName())
          .anySatisfy(
              m -> {
                assertThat(m.span().text()).isEqualTo(e.text());
                assertThat(m.span().start()).isEqualTo(LocalDate.parse(e.start()));
                assertThat(m.span().end()).isEqualTo(LocalDate.parse(e.end()));
              });
      assertThat(found)
          .as("no symbol or money in %s", file.getFileName())
          .noneSatisfy(m -> assertThat(m.span().text()).isIn("2176", "2117", "10,000", "000"));
    }
  }

  @Test
  void finder_is_safe_to_share_between_threads() throws Exception {
    List<Path> files = corpusFiles();
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    List<List<DateMention>> sequential = texts.stream().map(t -> FINDER.find(t, 2009)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<DateMention>>> futures = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String text : texts) {
          futures.add(pool.submit(() -> FINDER.find(text, 2009)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ linear time

  @Test
  void a_megabyte_of_digits_and_spaces_finishes_quickly() {
    Random random = new Random(42);
    StringBuilder digits = new StringBuilder(1 << 20);
    while (digits.length() < (1 << 20)) {
      int run = 1 + random.nextInt(5);
      for (int i = 0; i < run; i++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      digits.append(random.nextInt(4) == 0 ? "  " : " ");
    }
    String text = digits.toString();
    List<DateMention> found =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FINDER.find(text, 2009));
    assertWellFormed(text, found);
  }

  @Test
  void adversarial_repetitions_finish_quickly() {
    for (String unit :
        new String[] {
          "1, ", "1 and ", "January, ", "January and ", "16-", "May ", "2009-", "1 May and ",
          "0", "a", " ", "in May, ", "30 November and ", "between January and "
        }) {
      String text = unit.repeat((1 << 20) / unit.length());
      List<DateMention> found =
          assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FINDER.find(text, 2009));
      assertWellFormed(text, found);
    }
  }

  // ------------------------------------------------------------------ helpers

  private static DateMention assertOnly(
      String text, Integer context, String mention, String start, String end, Precision precision) {
    List<DateMention> found = FINDER.find(text, context);
    assertThat(found).as("dates in %s", text).hasSize(1);
    DateMention m = found.get(0);
    assertMention(m, mention, start, end, precision);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(mention);
    assertWellFormed(text, found);
    return m;
  }

  private static void assertMention(
      DateMention m, String text, String start, String end, Precision precision) {
    assertThat(m.span().text()).isEqualTo(text);
    assertThat(m.span().start()).isEqualTo(LocalDate.parse(start));
    assertThat(m.span().end()).isEqualTo(LocalDate.parse(end));
    assertThat(m.precision()).isEqualTo(precision);
    assertThat(m.end() - m.start()).isEqualTo(text.length());
  }

  /** Offsets in range, text matching them, left to right and non-overlapping. */
  private static void assertWellFormed(String text, List<DateMention> found) {
    int previousEnd = 0;
    for (DateMention m : found) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
      assertThat(m.span().text()).isEqualTo(text.substring(m.start(), m.end()));
      assertThat(m.span().end()).isAfterOrEqualTo(m.span().start());
      previousEnd = m.end();
    }
  }

  private static List<Path> corpusFiles() throws IOException {
    Path corpus = Path.of(System.getProperty("basedir", ".")).resolve("corpus");
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
