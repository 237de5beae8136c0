package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilsearch.model.PassageKind.ANNEX_ITEM;
import static org.councilsearch.model.PassageKind.ITEM;
import static org.councilsearch.model.PassageKind.PARAGRAPH;
import static org.councilsearch.model.PassageKind.TEXT;

import java.util.List;
import org.councilsearch.model.PassageKind;
import org.councilsearch.nlp.LineRoleModel;
import org.junit.jupiter.api.Test;

/** Segmentation through the whole parser, on small papers written the way extraction leaves them. */
class PassageSegmenterTest {
  private final PaperParser parser = new PaperParser(LineRoleModel.shipped());

  private List<Segment> segments(String text) {
    return parser.parse(text).segments();
  }

  private static Segment seg(String number, PassageKind kind, List<String> section, String text) {
    return new Segment(number, kind, section, text);
  }

  @Test
  void paragraph_number_alone_on_a_line_starts_the_paragraph() {
    String text = "1.\nIn 2012, the Unit devoted great effort.\n2.\n\nThroughout the year, the Unit also\npursued its activities.";
    assertThat(segments(text))
        .containsExactly(
            seg("1", PARAGRAPH, List.of(), "In 2012, the Unit devoted great effort."),
            seg("2", PARAGRAPH, List.of(), "Throughout the year, the Unit also pursued its activities."));
  }

  @Test
  void decimal_paragraphs_are_numbered_in_their_section_whose_numbered_heading_is_no_paragraph() {
    String text = "1.    PURPOSE\n\n1.1   This paper reports on the orchards planted in 2018.\n\n"
        + "1.2   It follows the plan of 2016.\n\n2.    RESULTS\n\n2.1   Nine orchards were planted.\n";
    List<Segment> segments = segments(text);
    assertThat(segments).extracting(Segment::number).containsExactly("1.1", "1.2", "2.1");
    assertThat(segments).extracting(Segment::kind).containsOnly(PARAGRAPH);
    assertThat(segments.get(2).section()).containsExactly("2. RESULTS");
    assertThat(segments("1.5 million trees were planted.\n")).extracting(Segment::number).containsOnlyNulls();
  }

  @Test
  void a_section_numbered_with_a_zero_part_is_a_heading_over_its_decimal_paragraphs() {
    String text = "1.0    PURPOSE\n\n1.1    This paper reports on the orchards planted in 2018.\n\n"
        + "1.2    It follows the plan of 2016.\n\n2.0    RESULTS\n\n2.1    Nine orchards were planted.\n";
    List<Segment> segments = segments(text);
    assertThat(segments).extracting(Segment::number).containsExactly("1.1", "1.2", "2.1");
    assertThat(segments.get(2).section()).containsExactly("2.0 RESULTS");
  }

  @Test
  void numbered_headings_over_unnumbered_text_are_headings_not_paragraphs() {
    String text = "ASOCIACIÓN REGIONAL DE COMERCIO\nComité de Representantes\nARC/CR/di 812\n"
        + "12 de marzo de 2010\n\nPROGRAMA DE APOYO A LAS PEQUEÑAS EMPRESAS\n\n"
        + "1. ANTECEDENTES\n\nEl Comité aprobó en 2009 un programa de trabajo para las pequeñas\n"
        + "empresas de la región, con un plazo de tres años y un presupuesto que\n"
        + "la Secretaría administra con los recursos de su programa ordinario.\n\n"
        + "La Secretaría presentó su informe sobre el primer año en marzo, con las\n"
        + "cifras del comercio entre las empresas que participaron en las ruedas.\n\n"
        + "2. OBJETIVOS DEL PROGRAMA\n\nEl programa busca ampliar el comercio entre los países miembros\n"
        + "y reducir los costos que las pequeñas empresas pagan por vender en los\n"
        + "mercados de la región, en particular los de transporte y de aduana.\n";
    List<Segment> segments = segments(text);
    assertThat(segments).extracting(Segment::number).containsOnlyNulls();
    assertThat(segments).extracting(Segment::kind).containsOnly(TEXT);
    assertThat(segments).extracting(Segment::section)
        .containsExactly(List.of("1. ANTECEDENTES"), List.of("1. ANTECEDENTES"), List.of("2. OBJETIVOS DEL PROGRAMA"));
  }

  @Test
  void a_paragraph_number_glued_to_its_text_starts_the_paragraph() {
    assertThat(segments("1.The orchards were planted.\n\n2.They bore fruit in 2019.\n"))
        .extracting(Segment::number)
        .containsExactly("1", "2");
  }

  @Test
  void a_numbered_list_under_a_lead_in_is_items_not_paragraphs() {
    String decisions = "1.    The Committee heard the report.\n\n2.    The Committee is invited:\n\n"
        + "1.    to take note of the report;\n2.    to approve the plan.\n";
    assertThat(segments(decisions)).extracting(Segment::kind).containsExactly(PARAGRAPH, PARAGRAPH, ITEM, ITEM);
    String before = "The Committee is invited:\n\n1.    To take note of the report;\n2.    To approve the plan.\n\n"
        + "I.    Background\n\n1.    The Committee met in May.\n\n2.    It heard two reports.\n";
    List<Segment> segments = segments(before);
    assertThat(segments).filteredOn(s -> s.kind() == PARAGRAPH).extracting(Segment::number).containsExactly("1", "2");
    assertThat(segments).filteredOn(s -> s.kind() == ITEM).hasSize(2);
  }

  @Test
  void typewritten_spanish_numbers_with_a_dash_start_paragraphs() {
    assertThat(segments("1.-  La Comisión se reunió.\n\n2.-  Aprobó el plan.\n"))
        .extracting(Segment::number)
        .containsExactly("1", "2");
  }

  @Test
  void soft_wraps_are_joined_with_one_space() {
    String text = "4. In Geneva, on 6 February 2009, GIC marked the sixth International Day of Zero \n"
        + "Tolerance for Female Genital Mutilation. The Inter-Parliamentary Union (IPU) \n"
        + "took part.";
    assertThat(segments(text)).singleElement()
        .extracting(Segment::text)
        .isEqualTo("In Geneva, on 6 February 2009, GIC marked the sixth International Day of Zero "
            + "Tolerance for Female Genital Mutilation. The Inter-Parliamentary Union (IPU) took part.");
  }

  @Test
  void a_blank_line_inside_a_sentence_does_not_end_the_passage() {
    String text = "26. Activities included the following:\n\no The distribution of white ribbons to sensitize colleagues on\n\n"
        + "violence against women.\n\no A film festival.";
    assertThat(segments(text)).extracting(Segment::text)
        .containsExactly(
            "Activities included the following:",
            "The distribution of white ribbons to sensitize colleagues on violence against women.",
            "A film festival.");
  }

  @Test
  void items_and_the_text_after_them_carry_the_paragraph_number_until_a_heading() {
    String text = "I. AWARENESS\n\n3. The Unit worked in these areas:\n\n- Violence against women;\n- Female genital mutilation.\n\n"
        + "All documents were posted on the website.\n\nII. INTER-AGENCY INVOLVEMENT\n\nUnnumbered text after the heading.\n\n"
        + "4. Numbered again.";
    assertThat(segments(text))
        .containsExactly(
            seg("3", PARAGRAPH, List.of("I. AWARENESS"), "The Unit worked in these areas:"),
            seg("3", ITEM, List.of("I. AWARENESS"), "Violence against women;"),
            seg("3", ITEM, List.of("I. AWARENESS"), "Female genital mutilation."),
            seg("3", TEXT, List.of("I. AWARENESS"), "All documents were posted on the website."),
            seg(null, TEXT, List.of("II. INTER-AGENCY INVOLVEMENT"), "Unnumbered text after the heading."),
            seg("4", PARAGRAPH, List.of("II. INTER-AGENCY INVOLVEMENT"), "Numbered again."));
  }

  @Test
  void a_number_in_the_middle_of_a_wrapped_sentence_is_not_a_paragraph() {
    String text = "5. GIC organized the meeting with\n12. partners from the region.\n6. Next paragraph.";
    assertThat(segments(text)).extracting(Segment::number, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("5", "GIC organized the meeting with 12. partners from the region."),
            org.assertj.core.groups.Tuple.tuple("6", "Next paragraph."));
  }

  @Test
  void roman_heading_split_over_lines_and_a_subheading_above_a_numbered_paragraph() {
    String text = "II.\n\nACTIVITIES IN 2003\n\nTraining\n3.\nTo assist staff, two events were organized.";
    assertThat(segments(text))
        .containsExactly(seg("3", PARAGRAPH, List.of("II. ACTIVITIES IN 2003", "Training"), "To assist staff, two events were organized."));
  }

  @Test
  void unmarked_headings_nest_under_the_roman_heading_and_replace_each_other() {
    String text = "I. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION\n\n"
        + "Addressing female genital mutilation in the context of migration\n\n2. In the course of 2009, GIC acted.\n\n"
        + "Capacity Building Workshop for Women Leaders of Diaspora Associations\n\n3. GIC is organizing this workshop.\n"
        + "Global Consultation on Migration, Remittances and Development: Responding to the\n"
        + "Global Economic Crisis from a Gender Perspective\n\n4. With the UNDP, GIC co-organized it.";
    String top = "I. AWARENESS-RAISING ACTIVITIES ON GENDER AND MIGRATION";
    assertThat(segments(text)).extracting(Segment::section)
        .containsExactly(
            List.of(top, "Addressing female genital mutilation in the context of migration"),
            List.of(top, "Capacity Building Workshop for Women Leaders of Diaspora Associations"),
            List.of(top, "Global Consultation on Migration, Remittances and Development: Responding to the Global Economic Crisis from a Gender Perspective"));
  }

  @Test
  void stacked_headings_without_numerals_are_told_apart_by_capitalisation() {
    String text = "Introduction\n1.\nIn 2012, the Unit worked hard.\n\n"
        + "Inter-agency involvement\nInter-Agency Network on Women and Gender Equality\n10.\nThe Unit is a member.\n"
        + "ORIGIN\n11.\nThe Unit attended a meeting.\n\nGender in human resources\n14.\nThe Unit contributed.";
    assertThat(segments(text)).extracting(Segment::number, Segment::section)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", List.of("Introduction")),
            org.assertj.core.groups.Tuple.tuple("10", List.of("Inter-agency involvement", "Inter-Agency Network on Women and Gender Equality")),
            org.assertj.core.groups.Tuple.tuple("11", List.of("Inter-agency involvement", "ORIGIN")),
            org.assertj.core.groups.Tuple.tuple("14", List.of("Gender in human resources")));
  }

  @Test
  void a_bullet_line_directly_above_a_numbered_paragraph_is_a_heading() {
    String text = "I. AWARENESS\n\nAddressing female genital mutilation\n\n2. GIC concentrated efforts on this issue.\n\n"
        + "• Panel discussion\n\n4. In Geneva, GIC marked the Day.\n\n"
        + "• Expert Meeting on Human Rights and the Abandonment of Female Genital\n\nMutilation/Cutting among Immigrant\nCommunities\n\n"
        + "6. The Swiss Committee organized this meeting.";
    assertThat(segments(text)).extracting(Segment::number, Segment::kind, Segment::section)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2", PARAGRAPH, List.of("I. AWARENESS", "Addressing female genital mutilation")),
            org.assertj.core.groups.Tuple.tuple("4", PARAGRAPH, List.of("I. AWARENESS", "Addressing female genital mutilation", "Panel discussion")),
            org.assertj.core.groups.Tuple.tuple("6", PARAGRAPH, List.of("I. AWARENESS", "Addressing female genital mutilation",
                "Expert Meeting on Human Rights and the Abandonment of Female Genital Mutilation/Cutting among Immigrant Communities")));
  }

  @Test
  void bullets_in_a_list_stay_items_even_above_a_numbered_paragraph() {
    String text = "10. The following activities were carried out:\n• The Unit participated in a meeting\n\n11. Next paragraph.";
    assertThat(segments(text)).extracting(Segment::number, Segment::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("10", PARAGRAPH),
            org.assertj.core.groups.Tuple.tuple("10", ITEM),
            org.assertj.core.groups.Tuple.tuple("11", PARAGRAPH));
  }

  @Test
  void lettered_markers_printed_apart_are_paired_with_their_lines_in_order() {
    String text = "1.\n\nThe Unit devoted effort to three initiatives:\n\n(a)\n(b)\n(c)\n\n"
        + "Improving the knowledge base;\nPrevention of sexual exploitation and abuse (PSEA);\nThe system-wide action plan.\n\n2.\nNext.";
    assertThat(segments(text))
        .containsExactly(
            seg("1", PARAGRAPH, List.of(), "The Unit devoted effort to three initiatives:"),
            seg("1", ITEM, List.of(), "(a) Improving the knowledge base;"),
            seg("1", ITEM, List.of(), "(b) Prevention of sexual exploitation and abuse (PSEA);"),
            seg("1", ITEM, List.of(), "(c) The system-wide action plan."),
            seg("2", PARAGRAPH, List.of(), "Next."));
  }

  @Test
  void glyphs_printed_apart_are_paired_and_wrapped_items_kept_whole() {
    String text = "3.\nA workshop was held in May to:\n½\n½\n\nincrease sensitivity to gender issues\nin general;\n"
        + "gain new insights.\n4.\nNext.";
    assertThat(segments(text)).extracting(Segment::kind, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PARAGRAPH, "A workshop was held in May to:"),
            org.assertj.core.groups.Tuple.tuple(ITEM, "increase sensitivity to gender issues in general;"),
            org.assertj.core.groups.Tuple.tuple(ITEM, "gain new insights."),
            org.assertj.core.groups.Tuple.tuple(PARAGRAPH, "Next."));
  }

  @Test
  void a_column_of_labels_is_paired_with_the_column_of_values() {
    String text = "7.\n\nThe outline includes the following subjects:\nChapter One:\nChapter Two:\n\nIntroduction material\nLabour migration\n\n8.\nNext.";
    assertThat(segments(text)).extracting(Segment::text)
        .containsExactly(
            "The outline includes the following subjects:",
            "Chapter One: Introduction material",
            "Chapter Two: Labour migration",
            "Next.");
  }

  @Test
  void markdown_headings_build_the_path_and_markup_leaves_the_text() {
    String text = "### II. ACTIVITIES IN 2005\n\n#### Awareness raising\n\n3. The **WGGI** held a *half-day* workshop.<sup>1</sup>\n\n"
        + "- A **fact sheet** was issued:\n  - on the history of the Day.\n\n## CONCLUSIONS\n\n7. Gender mainstreaming has proven its value.";
    assertThat(segments(text))
        .containsExactly(
            seg("3", PARAGRAPH, List.of("II. ACTIVITIES IN 2005", "Awareness raising"), "The WGGI held a half-day workshop."),
            seg("3", ITEM, List.of("II. ACTIVITIES IN 2005", "Awareness raising"), "A fact sheet was issued:"),
            seg("3", ITEM, List.of("II. ACTIVITIES IN 2005", "Awareness raising"), "on the history of the Day."),
            seg("7", PARAGRAPH, List.of("CONCLUSIONS"), "Gender mainstreaming has proven its value."));
  }

  @Test
  void annex_item_titles_join_the_path_and_their_paragraphs_carry_the_item_number() {
    String text = "7. Conclusions text.\n\nAnnex\n\n**STATUS REPORT  \nON THE RESULTS OF PROJECTS IN 2005**\n\n"
        + "Full reports can be made available upon request.\n\n"
        + "**1. “Identification of rural women in Tunisia” (IOM Tunis)**\n\n**Project Summary:** Certain areas suffer.\n\n"
        + "**WGGI funding: USD 10,000**\n\n## **2. Support to a Helpline (MRF Pretoria):**\n\n**Results:** Calls were made.";
    String annex = "Annex: STATUS REPORT ON THE RESULTS OF PROJECTS IN 2005";
    assertThat(segments(text))
        .containsExactly(
            seg("7", PARAGRAPH, List.of(), "Conclusions text."),
            seg(null, TEXT, List.of(annex), "Full reports can be made available upon request."),
            seg("1", ANNEX_ITEM, List.of(annex, "1. “Identification of rural women in Tunisia” (IOM Tunis)"), "Project Summary: Certain areas suffer."),
            seg("1", ANNEX_ITEM, List.of(annex, "1. “Identification of rural women in Tunisia” (IOM Tunis)"), "WGGI funding: USD 10,000"),
            seg("2", ANNEX_ITEM, List.of(annex, "2. Support to a Helpline (MRF Pretoria)"), "Results: Calls were made."));
  }

  @Test
  void lettered_annex_items_keep_the_numbers_of_their_paragraphs() {
    String text = "14. Last paragraph of the body.\n Annex I\nSTATUS REPORT ON THE RESULTS OF WGGI-SPONSORED PROJECTS2\n\nA.\n\n"
        + "Organization of training sessions for IOM personnel and local\ncounterparts in Colombia\n\n1.\nOver recent years, displacement has increased.\n"
        + "Constraints: none encountered\nWGGI funding: USD 10,000\n QUESTIONNAIRE\n1.\n\nDid the project raise awareness? If so, how?";
    String annex = "Annex I: STATUS REPORT ON THE RESULTS OF WGGI-SPONSORED PROJECTS";
    String item = "A. Organization of training sessions for IOM personnel and local counterparts in Colombia";
    assertThat(segments(text))
        .containsExactly(
            seg("14", PARAGRAPH, List.of(), "Last paragraph of the body."),
            seg("1", ANNEX_ITEM, List.of(annex, item), "Over recent years, displacement has increased."),
            seg("1", ANNEX_ITEM, List.of(annex, item), "Constraints: none encountered"),
            seg("1", ANNEX_ITEM, List.of(annex, item), "WGGI funding: USD 10,000"),
            seg("1", ANNEX_ITEM, List.of(annex, "QUESTIONNAIRE"), "Did the project raise awareness? If so, how?"));
  }

  @Test
  void the_title_block_at_the_top_is_metadata_and_introduction_is_a_heading() {
    String text = " GENDER COORDINATION REPORT 2009 \n \n\nINTRODUCTION \n \n1. In 2009, the GIC worked.";
    assertThat(segments(text)).containsExactly(seg("1", PARAGRAPH, List.of("INTRODUCTION"), "In 2009, the GIC worked."));
  }

  @Test
  void an_isolated_title_line_above_prose_is_a_heading() {
    String text = "Some opening paragraph that ends here.\n\nBackground of the programme\n\n"
        + "The council met in Geneva to discuss the programme and its budget for the year.";
    assertThat(segments(text)).extracting(Segment::section, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of(), "Some opening paragraph that ends here."),
            org.assertj.core.groups.Tuple.tuple(List.of("Background of the programme"),
                "The council met in Geneva to discuss the programme and its budget for the year."));
  }

  @Test
  void plain_text_without_structure_becomes_text_passages_split_on_blank_lines() {
    String text = "First paragraph of plain prose, with no number at all.\nIt goes on.\n\nSecond paragraph.\n\nThird one.";
    assertThat(segments(text)).extracting(Segment::kind, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TEXT, "First paragraph of plain prose, with no number at all. It goes on."),
            org.assertj.core.groups.Tuple.tuple(TEXT, "Second paragraph."),
            org.assertj.core.groups.Tuple.tuple(TEXT, "Third one."));
  }

  @Test
  void a_long_passage_is_cut_at_sentence_ends() {
    String sentence = "The council met in Geneva and decided many things of great importance. ";
    String text = "12. " + sentence.repeat(200);
    List<Segment> segments = segments(text);
    assertThat(segments).hasSizeGreaterThan(3);
    assertThat(segments).allSatisfy(s -> {
      assertThat(s.text().length()).isLessThanOrEqualTo(PassageSegmenter.MAX_SEGMENT_CHARS);
      assertThat(s.text()).startsWith("The council").endsWith("importance.");
      assertThat(s.number()).isEqualTo("12");
    });
    assertThat(segments.get(0).kind()).isEqualTo(PARAGRAPH);
    assertThat(segments.get(1).kind()).isEqualTo(TEXT);
  }

  @Test
  void label_value_lines_are_passages_of_their_own() {
    String text = "5.\nParticipants felt they had benefited.\nConstraints: none encountered\nWGGI funding: USD 10,000";
    assertThat(segments(text)).extracting(Segment::text)
        .containsExactly("Participants felt they had benefited.", "Constraints: none encountered", "WGGI funding: USD 10,000");
  }

  @Test
  void in_text_with_one_paragraph_per_line_every_line_is_a_passage() {
    String text = "Background\n"
        + "The council met in Geneva in December to discuss the programme and budget of the year.\n"
        + "It adopted the budget after a long debate among the member states present.\n"
        + "Several delegations asked for more information on the gender policy of the organization.\n"
        + "1. The first numbered paragraph of the report follows here and ends with a full stop.";
    assertThat(segments(text)).extracting(Segment::number, Segment::section, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, List.of("Background"),
                "The council met in Geneva in December to discuss the programme and budget of the year."),
            org.assertj.core.groups.Tuple.tuple(null, List.of("Background"),
                "It adopted the budget after a long debate among the member states present."),
            org.assertj.core.groups.Tuple.tuple(null, List.of("Background"),
                "Several delegations asked for more information on the gender policy of the organization."),
            org.assertj.core.groups.Tuple.tuple("1", List.of("Background"),
                "The first numbered paragraph of the report follows here and ends with a full stop."));
  }

  @Test
  void in_wrapped_text_a_short_line_ending_a_sentence_ends_the_passage() {
    String text = "9. Although weaknesses remain, there have been many concrete achievements by the group:\n\n"
        + "Sessions on gender issues are being introduced in briefing or induction programmes for\n"
        + "new or targeted staff members, such as Chiefs of Mission, Project Developers and\n"
        + "Administrative Support Officers.\n"
        + "A career development survey by gender is in progress, in cooperation with the Human\n"
        + "Resources Management Department. It will be published in the course of next year.";
    assertThat(segments(text)).extracting(Segment::text)
        .containsExactly(
            "Although weaknesses remain, there have been many concrete achievements by the group:",
            "Sessions on gender issues are being introduced in briefing or induction programmes for new or targeted "
                + "staff members, such as Chiefs of Mission, Project Developers and Administrative Support Officers.",
            "A career development survey by gender is in progress, in cooperation with the Human Resources Management "
                + "Department. It will be published in the course of next year.");
  }

  @Test
  void a_paper_whose_only_words_are_its_title_keeps_them_as_a_passage() {
    ParsedPaper paper = parser.parse("The quick brown fox jumps over the lazy dog\n");
    assertThat(paper.metadata().title()).isEqualTo("The quick brown fox jumps over the lazy dog");
    assertThat(paper.segments()).containsExactly(seg(null, TEXT, List.of(), "The quick brown fox jumps over the lazy dog"));
  }
}
