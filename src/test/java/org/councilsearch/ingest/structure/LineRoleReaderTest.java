package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;

/**
 * Reading the roles of a paper's lines: a numbered paragraph never lends the header its dates, and
 * a header always has a title.
 */
class LineRoleReaderTest {
  /** A model that takes every line for a session line, as a model trained on few papers may. */
  private static final RoleModel SESSION_EVERYWHERE = features -> LineRole.SESSION;

  private static List<LineRole> roles(RoleModel model, String text) {
    return new LineRoleReader(model).read(text).stream().map(RoledLine::role).toList();
  }

  @Test
  void a_numbered_paragraphs_first_line_is_never_given_a_header_role() {
    String text = "COUNCIL\n\n1. A policy was adopted in 1995 and updated in 2002.\n\n2.3 The plan for 2004 is ready.\n\n4.\n\nNext.";
    assertThat(roles(SESSION_EVERYWHERE, text))
        .containsExactly(LineRole.SESSION, LineRole.PARA_START, LineRole.PARA_START, LineRole.PARA_START, LineRole.SESSION);
    assertThat(new LineRoleReader(SESSION_EVERYWHERE).readAll(text).stream().map(RoledLine::role).toList())
        .containsExactly(LineRole.SESSION, LineRole.PARA_START, LineRole.PARA_START, LineRole.PARA_START, LineRole.SESSION);
  }

  @Test
  void numbered_lines_that_read_as_headings_or_agenda_items_keep_the_models_role() {
    String text = "1. Introduction\n4.3 Steering Committee for Human Rights (CDDH)\n2019 Annual report of the Council to the members";
    assertThat(roles(SESSION_EVERYWHERE, text)).containsOnly(LineRole.SESSION);
  }

  /**
   * A model whose best reading has no title: every line is likelier {@code usual}, the line in
   * capitals a little less so, and a title with {@code titleInCapitals}.
   */
  private static RoleModel hesitant(LineRole usual, double titleInCapitals) {
    return new RoleModel() {
      @Override
      public LineRole best(String[] features) {
        return usual;
      }

      @Override
      public double[] probabilities(String[] features) {
        double[] p = new double[LineRole.values().length];
        boolean capitals = java.util.Arrays.asList(features).contains("case=upper");
        p[usual.ordinal()] = capitals ? 1 - titleInCapitals : 0.99;
        p[LineRole.TITLE.ordinal()] = capitals ? titleInCapitals : 0.01;
        return p;
      }
    };
  }

  private static final String UNTITLED = "Council\nEleventh session\nBUDGET FOR THE YEAR\nThe Council met in June.";

  @Test
  void a_header_read_without_a_title_line_takes_the_line_likeliest_to_be_one() {
    RoleModel model = hesitant(LineRole.SESSION, 0.4);
    assertThat(roles(model, UNTITLED)).containsExactly(LineRole.SESSION, LineRole.SESSION, LineRole.TITLE, LineRole.SESSION);
    // The body's structure is read as the model reads it.
    assertThat(new LineRoleReader(model).readAll(UNTITLED).stream().map(RoledLine::role).toList()).containsOnly(LineRole.SESSION);
  }

  @Test
  void no_title_is_forced_on_a_fragment_without_a_header_nor_on_a_line_the_model_finds_unlike_one() {
    assertThat(roles(hesitant(LineRole.HEADING, 0.4), UNTITLED)).containsOnly(LineRole.HEADING);
    assertThat(roles(hesitant(LineRole.SESSION, 0.01), UNTITLED)).containsOnly(LineRole.SESSION);
  }

  @Test
  void the_shipped_model_reads_a_numbered_sentence_under_a_heading_as_a_paragraph() {
    String text = "REPORT ON GENDER MAINSTREAMING\n\nI. INTRODUCTION\n\n1. A policy was adopted in 1995 and updated in 2002.";
    assertThat(roles(LineRoleModel.shipped(), text)).last().isEqualTo(LineRole.PARA_START);
  }
}
