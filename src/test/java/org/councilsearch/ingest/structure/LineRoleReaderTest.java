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

  @Test
  void a_header_read_without_a_title_line_takes_the_line_likeliest_to_be_one() {
    // The model's best reading has no title: every line is likelier a session's, the line in
    // capitals a little less so.
    RoleModel hesitant =
        new RoleModel() {
          @Override
          public LineRole best(String[] features) {
            return LineRole.SESSION;
          }

          @Override
          public double[] probabilities(String[] features) {
            double[] p = new double[LineRole.values().length];
            boolean capitals = java.util.Arrays.asList(features).contains("case=upper");
            p[LineRole.SESSION.ordinal()] = capitals ? 0.6 : 0.9;
            p[LineRole.TITLE.ordinal()] = capitals ? 0.4 : 0.1;
            return p;
          }
        };
    String text = "Council\nEleventh session\nBUDGET FOR THE YEAR\nThe Council met in June.";
    assertThat(roles(hesitant, text)).containsExactly(LineRole.SESSION, LineRole.SESSION, LineRole.TITLE, LineRole.SESSION);
    // The body's structure is read as the model reads it.
    assertThat(new LineRoleReader(hesitant).readAll(text).stream().map(RoledLine::role).toList()).containsOnly(LineRole.SESSION);
  }

  @Test
  void the_shipped_model_reads_a_numbered_sentence_under_a_heading_as_a_paragraph() {
    String text = "REPORT ON GENDER MAINSTREAMING\n\nI. INTRODUCTION\n\n1. A policy was adopted in 1995 and updated in 2002.";
    assertThat(roles(LineRoleModel.shipped(), text)).last().isEqualTo(LineRole.PARA_START);
  }
}
