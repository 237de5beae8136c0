package org.councilsearch.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.LineRoleReader;
import org.councilsearch.ingest.structure.RoledLine;
import org.councilsearch.nlp.LineBreakModel;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;

class RoleTrainerTest {
  private static final String PAPER_A =
      """
      masthead\tWORLD ORCHARD ORGANIZATION
      symbol\tWOO/C/12/3
      date\t4 March 2012
      session\tTwelfth session
      venue\tLisbon, 10-12 April 2012

      title\tPlanting schedule for the
      title\tnorthern valleys

      author\tNote by the Secretariat

      para-start\t1. The Council asked for a schedule of planting in the valleys.
      para-cont\tIt is attached to this note.

      para-start\t2. The Council is invited to take note of the schedule.
      """;
  private static final String PAPER_B =
      """
      masthead\tINTERNATIONAL RIVER BOARD
      symbol\tIRB/EX/7/2
      session\tSeventh meeting
      venue\tBasel, 2-3 June 2015

      title\tWater quality at the gauges

      para-start\t1. Readings were taken at nine gauges during the spring.
      para-cont\tAll were within the agreed limits.

      para-start\t2. The Board may wish to note the readings.
      """;

  private static List<LabelledPaper> papers() {
    return List.of(
        LabelledPaper.parse("orchard-council-2012", "Orchard Council paper", "en", PAPER_A),
        LabelledPaper.parse("river-board-2015", "River Board paper", "en", PAPER_B));
  }

  @Test
  void two_trainings_on_the_same_papers_give_the_same_model_and_the_same_roles() {
    LineRoleModel first = new RoleTrainer().train(papers());
    LineRoleModel second = new RoleTrainer().train(papers());
    assertThat(Arrays.equals(first.bytes(), second.bytes())).isTrue();
    String paper = papers().get(1).text();
    assertThat(new LineRoleReader(first).read(paper)).isEqualTo(new LineRoleReader(second).read(paper));
  }

  @Test
  void a_written_model_reads_back_with_the_same_roles() throws IOException {
    LineRoleModel model = new RoleTrainer().train(papers());
    LineRoleModel read =
        LineRoleModel.read(
            new java.io.ByteArrayInputStream(model.bytes()),
            new java.io.ByteArrayInputStream(model.runOnBytes()),
            LineBreakModel.read(new java.io.ByteArrayInputStream(((LineBreakModel) model.breaks()).bytes())));
    String paper = papers().get(0).text();
    assertThat(new LineRoleReader(read).read(paper)).isEqualTo(new LineRoleReader(model).read(paper));
  }

  @Test
  void the_model_learns_the_roles_of_the_papers_it_was_trained_on() {
    LineRoleModel model = new RoleTrainer().train(papers());
    List<LineRole> roles = new LineRoleReader(model).read(papers().get(0).text()).stream().map(RoledLine::role).toList();
    assertThat(roles).startsWith(LineRole.MASTHEAD, LineRole.SYMBOL, LineRole.DATE, LineRole.SESSION, LineRole.VENUE, LineRole.TITLE, LineRole.TITLE);
  }

  @Test
  void the_shipped_model_is_what_the_bundled_papers_train() throws IOException {
    byte[] trained = new RoleTrainer().train(RoleData.bundled()).bytes();
    byte[] shipped;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(LineRoleModel.RESOURCE)) {
      assertThat(in).as("the shipped line-role model").isNotNull();
      shipped = in.readAllBytes();
    }
    assertThat(Arrays.equals(trained, shipped)).as("the shipped line-role model is stale: run train-roles from the project root").isTrue();
  }

  @Test
  void the_shipped_run_on_and_break_models_are_what_the_bundled_papers_train() throws IOException {
    LineRoleModel model = new RoleTrainer().train(RoleData.bundled());
    assertThat(Arrays.equals(model.runOnBytes(), resource(LineRoleModel.RUN_ON_RESOURCE))).as("the shipped model of run-on lines is stale: run train-roles from the project root").isTrue();
    assertThat(Arrays.equals(((LineBreakModel) model.breaks()).bytes(), resource(LineBreakModel.RESOURCE))).as("the shipped break model is stale: run train-roles from the project root").isTrue();
  }

  private byte[] resource(String name) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
