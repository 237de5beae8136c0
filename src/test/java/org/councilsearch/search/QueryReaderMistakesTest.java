package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilsearch.index.Schema;
import org.junit.jupiter.api.Test;

/**
 * Queries the parser refuses are explained in the words of the person who typed them, with where
 * the problem is and the plain words to search instead; the parser's own wording never shows.
 */
class QueryReaderMistakesTest {
  private final QueryReader reader = new QueryReader(new Schema(), s -> s);

  /** Words of Lucene's and javacc's messages that mean nothing to a reader. */
  private static final Pattern PARSER_WORDING =
      Pattern.compile(
          "(?i)lexical|encountered|<EOF>|<[A-Z_]+>|FUZZY_SLOP|lexical state|WildcardQuery"
              + "|was expecting|Cannot parse|TokenMgr|javacc|ParseException|line 1, column|\\n");

  private BadQueryException refused(String query) {
    BadQueryException e = catchThrowableOfType(BadQueryException.class, () -> reader.read(query));
    assertThat(e).as("'%s' should be refused", query).isNotNull();
    return e;
  }

  @Test
  void an_unclosed_quote_is_named_and_pointed_at() {
    BadQueryException e = refused("\"unclosed");
    assertThat(e.getMessage()).contains("a quote is not closed").contains("character 1");
    assertThat(e.position()).hasValue(1);
    assertThat(e.plainWords()).contains("unclosed");

    BadQueryException later = refused("white \"ribbons campaign");
    assertThat(later.position()).hasValue(7);
    assertThat(later.plainWords()).contains("white ribbons campaign");
  }

  @Test
  void a_tilde_with_no_word_before_it_is_named() {
    BadQueryException e = refused("~migration");
    assertThat(e.getMessage()).contains("a ~ needs a word before it");
    assertThat(e.position()).hasValue(1);
    assertThat(e.plainWords()).contains("migration");
    assertThat(refused("gender (~2 women)").position()).hasValue(9);
  }

  @Test
  void a_leading_wildcard_is_named() {
    BadQueryException e = refused("gender *mainstreaming");
    assertThat(e.getMessage()).contains("a word cannot start with * or ?");
    assertThat(e.position()).hasValue(8);
    assertThat(e.plainWords()).contains("gender mainstreaming");
    assertThat(refused("?ender").getMessage()).contains("cannot start with * or ?");
    assertThat(refused("text:*grant").position()).hasValue(6);
  }

  @Test
  void brackets_operators_and_fields_are_named() {
    assertThat(refused("(Thai OR Chinese helpline").getMessage()).contains("a bracket ( is not closed");
    assertThat(refused("Thai) helpline").getMessage()).contains("a closing ) has no opening (");
    assertThat(refused("trafficking AND").getMessage()).contains("AND needs words on both sides");
    assertThat(refused("OR trafficking").getMessage()).contains("OR needs words on both sides");
    assertThat(refused("gender NOT").getMessage()).contains("a NOT needs a word right after it");
    assertThat(refused("year:").getMessage()).contains("year: needs something after it");
    assertThat(refused("year:[2005 2009]").getMessage()).contains("needs TO between its ends");
    assertThat(refused("gender^x").getMessage()).contains("a ^ needs a number after it");
    assertThat(refused("year:twenty").getMessage()).contains("year: takes a year");
  }

  @Test
  void no_refused_query_shows_the_parser_wording_and_each_offers_words_that_can_be_searched() {
    List<String> bad =
        List.of(
            "\"unclosed",
            "\"",
            "a \"b\" \"c",
            "(unclosed",
            "((a)",
            "a)",
            "[2005 TO 2009",
            "year:[2005 TO",
            "year:[2005 2009]",
            "{a TO b",
            "a]",
            "~",
            "~2",
            "a ~",
            "a ~2",
            "(a b)~2",
            "^",
            "^3",
            "a^",
            "a^b",
            "*",
            "*a",
            "?a",
            "a *b",
            "a -*b",
            "micro-*cred",
            "text:*a",
            "AND",
            "OR",
            "a AND",
            "AND a",
            "a OR OR b",
            "a &&",
            "|| a",
            "NOT",
            "a NOT",
            "!",
            "+",
            "-",
            "a +",
            "a -",
            ":",
            ":a",
            "year:",
            "a year:",
            "year:abc",
            "year:[abc TO 2009]",
            "a:b:c:",
            "\\",
            "a \\",
            "\"a\" ~ b",
            "\u00e9t\u00e9 \"",
            "HIV/AIDS \"",
            "C/106/INF/8 (",
            "()",
            "( )",
            "a && || b",
            "TO",
            "[ TO ]",
            "\"white ribbons\"~",
            "gender^2^",
            "/reg.*ex/ \"");
    List<String> leaks = new ArrayList<>();
    for (String query : bad) {
      BadQueryException e;
      try {
        reader.read(query);
        continue;
      } catch (BadQueryException refused) {
        e = refused;
      }
      if (PARSER_WORDING.matcher(e.getMessage()).find()) {
        leaks.add(query + " -> " + e.getMessage());
      }
      assertThat(e.getMessage()).as(query).startsWith("cannot read the query");
      e.position()
          .ifPresent(p -> assertThat(p).as("position in '%s'", query).isBetween(1, query.length()));
      e.plainWords()
          .ifPresent(
              words ->
                  assertThatCode(() -> reader.read(words))
                      .as("the plain words '%s' of '%s' can be searched", words, query)
                      .doesNotThrowAnyException());
    }
    assertThat(leaks).isEmpty();
    long refusedCount =
        bad.stream()
            .filter(q -> catchThrowableOfType(BadQueryException.class, () -> reader.read(q)) != null)
            .count();
    assertThat(refusedCount).as("most of these are refused").isGreaterThan(bad.size() * 3 / 4);
  }

  @Test
  void queries_the_parser_takes_are_still_taken() {
    for (String good :
        List.of(
            "trafficking AND Senegal",
            "gender NOT mainstreaming",
            "remittance*",
            "(Thai OR Chinese) helpline",
            "\"white ribbons\"~3",
            "migrant~",
            "gender^2",
            "(a b)^2",
            "year:[2005 TO 2009]",
            "year:[2005 TO *]",
            "org:\"UN Women\"",
            "HIV/AIDS",
            "C/106/INF/8",
            "+Senegal -Mali")) {
      assertThatCode(() -> reader.read(good)).as(good).doesNotThrowAnyException();
    }
  }
}
