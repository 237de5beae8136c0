package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Carrying the roles of printed lines over to the clean lines the segmenter reads. */
class BodyRolesTest {
  private static RoledLine roled(String text, LineRole role) {
    return new RoledLine(new PrintedLine(text, 0, 0, false), role);
  }

  @Test
  void a_clean_line_takes_the_role_of_the_printed_line_it_starts_with() {
    List<RoledLine> printed =
        List.of(
            roled("- 2 -", LineRole.FURNITURE),
            roled("1. ANTECEDENTES", LineRole.HEADING),
            roled("El Comité aprobó el pro-", LineRole.PARA_CONT),
            roled("grama en 2009.", LineRole.PARA_CONT),
            roled("2.", LineRole.PARA_START),
            roled("La Secretaría informó.", LineRole.PARA_CONT));
    List<Line> clean =
        LineClassifier.classify("1. ANTECEDENTES\n\nEl Comité aprobó el programa en 2009.\n2. La Secretaría informó.");
    BodyRoles roles = BodyRoles.of(clean, printed);
    assertThat(roles.of(0)).isEqualTo(LineRole.HEADING);
    assertThat(roles.of(1)).isNull();
    assertThat(roles.of(2)).isEqualTo(LineRole.PARA_CONT);
    assertThat(roles.of(3)).isEqualTo(LineRole.PARA_START);
  }

  @Test
  void a_line_no_printed_line_starts_has_no_role() {
    List<Line> clean = LineClassifier.classify("Text the cleanup wrote.");
    assertThat(BodyRoles.of(clean, List.of(roled("Something else", LineRole.HEADING))).of(0)).isNull();
    assertThat(BodyRoles.none().of(0)).isNull();
  }

  @Test
  void roles_are_needed_only_where_a_numbered_line_reads_as_a_heading() {
    assertThat(BodyRoles.needed(LineClassifier.classify("1. ANTECEDENTES\n\nEl Comité aprobó el programa."))).isTrue();
    assertThat(BodyRoles.needed(LineClassifier.classify("2.\n\nObjetivos del programa\n"))).isTrue();
    assertThat(BodyRoles.needed(LineClassifier.classify("1. The Committee approved the programme in 2009.\n"))).isFalse();
  }
}
