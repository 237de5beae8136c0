package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;

/** Reading the roles of a paper's lines: a numbered paragraph never lends the header its dates. */
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
  void the_shipped_model_reads_a_numbered_sentence_under_a_heading_as_a_paragraph() {
    String text = "REPORT ON GENDER MAINSTREAMING\n\nI. INTRODUCTION\n\n1. A policy was adopted in 1995 and updated in 2002.";
    assertThat(roles(LineRoleModel.shipped(), text)).last().isEqualTo(LineRole.PARA_START);
  }
}
