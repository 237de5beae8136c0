package org.councilsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Interpretation.Expansion;
import org.councilsearch.nlp.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * Questions as people type them: the closing question mark is punctuation, question words are
 * not searched for, and years and acronyms are read as in any other query. Wildcards and fuzzy
 * matching are still syntax where a word carries them.
 */
class QuestionReadingTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private final QueryInterpreter interpreter =
      new QueryInterpreter(GAZETTEER, SubjectAcronyms.load(), AskingWords.shipped(), YearWords.shipped());
  private final QueryReader reader = new QueryReader(new Schema(), s -> s);

  private Interpretation read(String query) {
    return interpreter.interpret(query, false);
  }

  private static List<String> expanded(Interpretation in) {
    return in.expansions().stream().map(Expansion::term).toList();
  }

  @Test
  void a_question_keeps_its_year_and_its_acronym_and_loses_its_question_words() {
    Interpretation in = read("who organized the FGM panel in Geneva in 2009?");
    assertThat(in.literal()).isFalse();
    assertThat(in.fromYear()).isEqualTo(2009);
    assertThat(in.toYear()).isEqualTo(2009);
    assertThat(expanded(in)).contains("FGM");
    assertThat(in.words()).isEqualTo("organized the FGM panel in Geneva");
    assertThat(in.summary()).doesNotContain("who").doesNotContain("?");
  }

  @Test
  void how_and_which_questions_are_read_for_their_meaning() {
    Interpretation train = read("how did IOM train its staff on gender?");
    assertThat(train.literal()).isFalse();
    assertThat(train.words()).isEqualTo("IOM train staff on gender");
    assertThat(train.organizations()).contains("International Organization for Migration");

    Interpretation mou = read("which agencies did IOM sign a memorandum of understanding with?");
    assertThat(mou.literal()).isFalse();
    assertThat(mou.words()).isEqualTo("agencies IOM sign a memorandum of understanding with");
    assertThat(expanded(mou)).contains("memorandum of understanding");
  }

  @Test
  void a_year_that_ends_a_question_is_a_year() {
    Interpretation in = read("what did the Unit publish on trafficking in 2005?");
    assertThat(in.literal()).isFalse();
    assertThat(in.fromYear()).isEqualTo(2005);
    assertThat(in.words()).isEqualTo("the Unit publish on trafficking");
  }

  @Test
  void a_question_word_in_capitals_is_a_name() {
    Interpretation in = read("Who did WHO train on mutilation?");
    assertThat(in.words()).isEqualTo("WHO train on mutilation");
    assertThat(in.organizations()).contains("World Health Organization");
  }

  @Test
  void words_that_stand_for_whatever_was_done_are_not_searched_for() {
    assertThat(read("did the ILO and IOM study anything together?").words()).isEqualTo("the ILO and IOM study together");
    assertThat(read("has anyone ever evaluated the gender policy?").words()).isEqualTo("evaluated the gender policy");
    assertThat(read("¿hizo la OIT algo sobre el trabajo doméstico?").words()).isEqualTo("la OIT sobre el trabajo doméstico");
  }

  @Test
  void a_query_of_asking_words_only_keeps_them() {
    assertThat(read("how many?").words()).isEqualTo("how many");
  }

  @Test
  void wildcards_fuzzy_words_and_phrases_inside_words_are_still_syntax() {
    for (String syntax : List.of("migr*", "wom?n", "traffick* 2005", "migration~1", "\"white ribbons\"~3", "te?t?")) {
      assertThat(read(syntax).literal()).as(syntax).isTrue();
    }
  }

  @Test
  void a_french_question_loses_its_question_words_and_keeps_its_year_and_organization() {
    Interpretation in = read("quels ateliers l'Organisation a-t-elle organisés avec l'UNICEF en 2010 ?");
    assertThat(in.literal()).isFalse();
    assertThat(in.fromYear()).isEqualTo(2010);
    assertThat(in.toYear()).isEqualTo(2010);
    assertThat(in.words()).isEqualTo("ateliers l'Organisation organisés avec l'UNICEF");
    assertThat(in.organizations()).contains("United Nations Children's Fund");
  }

  @Test
  void a_spanish_question_loses_its_question_words_and_keeps_its_range() {
    Interpretation in = read("¿cómo capacitó la Organización a los guardias de frontera entre 2012 y 2014?");
    assertThat(in.literal()).isFalse();
    assertThat(in.fromYear()).isEqualTo(2012);
    assertThat(in.toYear()).isEqualTo(2014);
    assertThat(in.words()).isEqualTo("capacitó la Organización a los guardias de frontera");
    assertThat(read("¿qué hizo el UNICEF en 2013?").organizations()).contains("United Nations Children's Fund");
  }

  @Test
  void years_are_read_in_french_and_spanish_as_in_english() {
    assertYears("formation entre 2010 et 2012", 2010, 2012);
    assertYears("formation de 2010 à 2012", 2010, 2012);
    assertYears("capacitación de 2010 a 2012", 2010, 2012);
    assertYears("formation depuis 2011", 2011, null);
    assertYears("capacitación desde 2011", 2011, null);
    assertYears("formation après 2011", 2012, null);
    assertYears("capacitación antes de 2012", null, 2011);
    assertYears("capacitación hasta 2012", null, 2012);
    assertYears("formation jusqu'en 2012", null, 2012);
    assertYears("training between 2010 and 2012", 2010, 2012);
    assertYears("training since 2011", 2011, null);
    assertThat(read("formation depuis 2011").words()).isEqualTo("formation");
  }

  @Test
  void a_month_and_a_day_before_a_year_belong_to_the_time_constraint() {
    assertYears("meetings after June 1997", 1997, null);
    assertYears("meetings after 1997", 1998, null);
    assertYears("reports before 5 May 2010", null, 2010);
    assertYears("reports before 2010", null, 2009);
    assertYears("training from January 2010 to March 2012", 2010, 2012);
    assertYears("the workshop held on June 5, 2010", 2010, 2010);
    assertYears("formation après juin 2011", 2011, null);
    assertYears("réunion du 3 mars 2009", 2009, 2009);
    assertYears("capacitación desde junio de 2011", 2011, null);
    assertYears("informe antes del 12 de marzo de 2013", null, 2013);
    Interpretation in = read("what happened to the council meetings after June 1997?");
    assertThat(in.words()).doesNotContainIgnoringCase("june").doesNotContain("after").contains("meetings");
  }

  private void assertYears(String query, Integer from, Integer to) {
    Interpretation in = read(query);
    assertThat(in.fromYear()).as(query).isEqualTo(from);
    assertThat(in.toYear()).as(query).isEqualTo(to);
  }

  @Test
  void a_closing_question_mark_is_never_a_wildcard() {
    assertThat(wildcards(reader.read("who organized the panel in 2009?"))).isEmpty();
    assertThat(wildcards(reader.read("gender mainstreaming ?"))).isEmpty();
    assertThat(wildcards(reader.read("wom?n"))).extracting(w -> w.getTerm().text()).containsOnly("wom?n");
    assertThat(wildcards(reader.read("remittance?"))).isEmpty();
  }

  private static List<WildcardQuery> wildcards(Query q) {
    List<WildcardQuery> found = new ArrayList<>();
    collect(q, found);
    return found;
  }

  private static void collect(Query q, List<WildcardQuery> found) {
    if (q instanceof WildcardQuery w) {
      found.add(w);
    } else if (q instanceof BoostQuery b) {
      collect(b.getQuery(), found);
    } else if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        collect(c.getQuery(), found);
      }
    }
  }
}
