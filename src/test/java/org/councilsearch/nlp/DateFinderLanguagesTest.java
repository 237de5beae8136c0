package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.councilsearch.nlp.DateMention.Precision;
import org.junit.jupiter.api.Test;

/** French and Spanish dates read into the same spans as English, and the tables as data. */
class DateFinderLanguagesTest {
  private static final DateFinder FINDER = new DateFinder();

  @Test
  void bundles_english_french_and_spanish() {
    assertThat(FINDER.languages()).containsExactly("en", "es", "fr");
  }

  // ------------------------------------------------------------------ French

  @Test
  void french_days_and_day_ranges() {
    assertOnly("fr", "Le comité s'est réuni le 9 avril 2007 à Dakar.", "9 avril 2007", "2007-04-09", "2007-04-09", Precision.DAY);
    assertOnly("fr", "Prise d'effet au 1er janvier 2011.", "1er janvier 2011", "2011-01-01", "2011-01-01", Precision.DAY);
    assertOnly("fr", "L'atelier a duré du 7 au 9 juin 2011.", "7 au 9 juin 2011", "2011-06-07", "2011-06-09", Precision.DAY);
    assertOnly("fr", "Une visite du 30 avril au 2 mai 2012.", "30 avril au 2 mai 2012", "2012-04-30", "2012-05-02", Precision.DAY);
    assertOnly("fr", "La mission du 28 décembre 2009 au 3 janvier 2010.", "28 décembre 2009 au 3 janvier 2010", "2009-12-28", "2010-01-03", Precision.DAY);
    assertOnly("fr", "Les 7 et 8 juillet 2013, deux tables rondes.", "7 et 8 juillet 2013", "2013-07-07", "2013-07-08", Precision.DAY);
    assertOnly("fr", "Le jeudi 12 novembre 2015 au matin.", "jeudi 12 novembre 2015", "2015-11-12", "2015-11-12", Precision.DAY);
  }

  @Test
  void french_months_years_and_parts_of_a_year() {
    assertOnly("fr", "Signé en octobre 2008 à Lomé.", "octobre 2008", "2008-10-01", "2008-10-31", Precision.MONTH);
    assertOnly("fr", "De février à avril 2011, trois sessions.", "février à avril 2011", "2011-02-01", "2011-04-30", Precision.MONTH);
    assertOnly("fr", "Entre janvier et mars 2005, le service a répondu.", "janvier et mars 2005", "2005-01-01", "2005-03-31", Precision.MONTH);
    assertOnly("fr", "De novembre 2010 à mars 2011, la formation.", "novembre 2010 à mars 2011", "2010-11-01", "2011-03-31", Precision.MONTH);
    assertOnly("fr", "Le plan a été revu en 2012.", "2012", "2012-01-01", "2012-12-31", Precision.YEAR);
    assertOnly("fr", "Pour l'exercice 2008-2009 seulement.", "2008-2009", "2008-01-01", "2009-12-31", Precision.YEAR);
    assertOnly("fr", "Au cours du premier semestre 2016, un bureau.", "premier semestre 2016", "2016-01-01", "2016-06-30", Precision.MONTH);
    assertOnly("fr", "Le projet s'achèvera fin 2019.", "fin 2019", "2019-09-01", "2019-12-31", Precision.MONTH);
    assertOnly("fr", "Il reprendra à la mi-2016.", "mi-2016", "2016-05-01", "2016-08-31", Precision.MONTH);
    assertOnly("fr", "Publié au troisième trimestre de 2017.", "troisième trimestre de 2017", "2017-07-01", "2017-09-30", Precision.MONTH);
    assertOnly("fr", "Le fonds existe depuis 2005.", "depuis 2005", "2005-01-01", "2005-12-31", Precision.YEAR);
  }

  @Test
  void french_dates_without_a_year_take_the_context_or_a_later_year() {
    assertOnly("fr", "Le Bureau se réunira en mai pour cela.", 2014, "mai", "2014-05-01", "2014-05-31", Precision.MONTH);
    assertThat(FINDER.find("Le Bureau se réunira en mai pour cela.", null, "fr")).isEmpty();
    List<DateMention> found = FINDER.find("le 30 novembre et le 2 décembre 2010", null, "fr");
    assertThat(found).extracting(m -> m.span().text()).containsExactly("30 novembre", "2 décembre 2010");
    assertThat(found.get(0).span().start()).isEqualTo(LocalDate.parse("2010-11-30"));
  }

  @Test
  void french_money_and_references_are_no_dates() {
    assertThat(FINDER.find("la résolution 1973 et la page 2001, soit 2000 euros ou 2010 pour cent", null, "fr"))
        .isEmpty();
    assertThat(FINDER.find("le 31 février 2009", null, "fr")).isEmpty();
  }

  // ------------------------------------------------------------------ Spanish

  @Test
  void spanish_days_and_day_ranges() {
    assertOnly("es", "La reunión fue el 5 de agosto de 2012 en Quito.", "5 de agosto de 2012", "2012-08-05", "2012-08-05", Precision.DAY);
    assertOnly("es", "Sesionó del 15 al 17 de abril de 2008.", "15 al 17 de abril de 2008", "2008-04-15", "2008-04-17", Precision.DAY);
    assertOnly("es", "Del 29 de junio al 1 de julio de 2009, un foro.", "29 de junio al 1 de julio de 2009", "2009-06-29", "2009-07-01", Precision.DAY);
    assertOnly("es", "Los días 5 y 6 de octubre de 2016.", "5 y 6 de octubre de 2016", "2016-10-05", "2016-10-06", Precision.DAY);
    assertOnly("es", "Vigente desde el 1.º de enero de 2012.", "1.º de enero de 2012", "2012-01-01", "2012-01-01", Precision.DAY);
  }

  @Test
  void spanish_months_years_and_parts_of_a_year() {
    assertOnly("es", "Se firmó en septiembre de 2008.", "septiembre de 2008", "2008-09-01", "2008-09-30", Precision.MONTH);
    assertOnly("es", "De enero a marzo de 2005 llamaron.", "enero a marzo de 2005", "2005-01-01", "2005-03-31", Precision.MONTH);
    assertOnly("es", "Entre enero y marzo de 2005 llamaron.", "enero y marzo de 2005", "2005-01-01", "2005-03-31", Precision.MONTH);
    assertOnly("es", "Desde mayo de 2010 hasta marzo de 2011.", "mayo de 2010 hasta marzo de 2011", "2010-05-01", "2011-03-31", Precision.MONTH);
    assertOnly("es", "A finales de 2019 cerró la oficina.", "finales de 2019", "2019-09-01", "2019-12-31", Precision.MONTH);
    assertOnly("es", "A mediados de 2011 abrió la sede.", "mediados de 2011", "2011-05-01", "2011-08-31", Precision.MONTH);
    assertOnly("es", "En el primer trimestre de 2014 crecieron.", "primer trimestre de 2014", "2014-01-01", "2014-03-31", Precision.MONTH);
    assertOnly("es", "Durante el segundo semestre de 2013.", "segundo semestre de 2013", "2013-07-01", "2013-12-31", Precision.MONTH);
    assertOnly("es", "El plan se aprobó en 2012.", "2012", "2012-01-01", "2012-12-31", Precision.YEAR);
    assertOnly("es", "Entre 2003 y 2008 creció.", "2003 y 2008", "2003-01-01", "2008-12-31", Precision.YEAR);
  }

  @Test
  void spanish_money_and_references_are_no_dates() {
    assertThat(FINDER.find("la resolución 1960 y el párrafo 2004, 2000 dólares o 2005 por ciento", null, "es"))
        .isEmpty();
  }

  @Test
  void months_counted_from_either_end_of_a_year_are_periods() {
    assertOnly("en", "Calls rose during the first three months of 2006.", "first three months of 2006", "2006-01-01", "2006-03-31", Precision.MONTH);
    assertOnly("en", "in the last six months of 2018", "last six months of 2018", "2018-07-01", "2018-12-31", Precision.MONTH);
    assertOnly("fr", "pendant les trois premiers mois de 2013", "trois premiers mois de 2013", "2013-01-01", "2013-03-31", Precision.MONTH);
    assertOnly("es", "en los últimos tres meses de 2009", "últimos tres meses de 2009", "2009-10-01", "2009-12-31", Precision.MONTH);
  }

  // ------------------------------------------------------------------ language unknown

  @Test
  void without_a_language_every_table_is_read() {
    String text = "del 15 al 17 de abril de 2008, du 7 au 9 juin 2011 and 6 February 2009";
    assertThat(FINDER.find(text, null))
        .extracting(m -> m.span().text())
        .containsExactly("15 al 17 de abril de 2008", "7 au 9 juin 2011", "6 February 2009");
    assertThat(FINDER.find(text, null, "xx")).hasSize(3);
    assertThat(FINDER.find(text, null, "en")).extracting(m -> m.span().text()).containsExactly("2008", "2011", "6 February 2009");
  }

  // ------------------------------------------------------------------ tables are data

  @Test
  void a_fourth_language_is_a_table() {
    DateTable german =
        DateTable.parse(
            List.of(
                "language de",
                "words month: januar=1 | februar=2 | märz=3 | mai=5",
                "words range: - | bis",
                "date %d1 ~. _%m1 _%y1",
                "date %d1 ~. @range %d2 ~. _%m2 _%y2",
                "date %by1"),
            "de.dates");
    DateFinder finder = new DateFinder(List.of(german));
    assertThat(finder.find("Am 3. März 2009 und vom 4. bis 6. Mai 2010 in 2011", null, "de"))
        .extracting(m -> m.span().text() + " " + m.span().start() + ".." + m.span().end())
        .containsExactly("3. März 2009 2009-03-03..2009-03-03", "4. bis 6. Mai 2010 2010-05-04..2010-05-06", "2011 2011-01-01..2011-12-31");
  }

  @Test
  void a_broken_table_names_the_file_and_line() {
    assertThatThrownBy(() -> DateTable.parse(List.of("language xx", "date %q1"), "xx.dates"))
        .hasMessageContaining("xx.dates line 2")
        .hasMessageContaining("%q1");
    assertThatThrownBy(() -> DateTable.parse(List.of("language xx", "date @range %d1"), "xx.dates"))
        .hasMessageContaining("xx.dates line 2")
        .hasMessageContaining("range");
    assertThatThrownBy(() -> DateTable.parse(List.of("words month: mai=5"), "xx.dates"))
        .hasMessageContaining("xx.dates names no language");
  }

  private static void assertOnly(String language, String text, String mention, String start, String end, Precision precision) {
    assertOnly(language, text, null, mention, start, end, precision);
  }

  private static void assertOnly(
      String language, String text, Integer context, String mention, String start, String end, Precision precision) {
    List<DateMention> found = FINDER.find(text, context, language);
    assertThat(found).as("dates in %s", text).hasSize(1);
    DateMention m = found.get(0);
    assertThat(m.span().text()).isEqualTo(mention);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(mention);
    assertThat(m.span().start()).isEqualTo(LocalDate.parse(start));
    assertThat(m.span().end()).isEqualTo(LocalDate.parse(end));
    assertThat(m.precision()).isEqualTo(precision);
  }
}
