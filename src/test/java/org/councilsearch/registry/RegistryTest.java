package org.councilsearch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryTest {
  private static final Registry REGISTRY = Registry.shipped();
  private static final String IOM = "International Organization for Migration";

  private static Optional<String> named(String printed) {
    return REGISTRY.named(printed).map(RegisteredOrganization::name);
  }

  private static Optional<String> bySymbol(String symbol) {
    return REGISTRY.ofSymbol(symbol).map(o -> REGISTRY.issuer(o).name());
  }

  @Test
  void names_and_acronyms_in_english_french_and_spanish_give_one_organization() {
    assertThat(named("OIM")).contains(IOM);
    assertThat(named("Organisation internationale pour les migrations")).contains(IOM);
    assertThat(named("ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES")).contains(IOM);
    assertThat(named("Organizacion Internacional para las Migraciones")).contains(IOM);
    assertThat(named("ONU-Femmes")).contains("United Nations Entity for Gender Equality and the Empowerment of Women");
    assertThat(named("ONU Mujeres")).contains("United Nations Entity for Gender Equality and the Empowerment of Women");
    assertThat(named("FIDA")).contains("International Fund for Agricultural Development");
    assertThat(named("ACNUR")).contains("United Nations High Commissioner for Refugees");
    assertThat(named("HCR")).contains("United Nations High Commissioner for Refugees");
    assertThat(named("PNUD")).contains("United Nations Development Programme");
    assertThat(named("OPS")).contains("Pan American Health Organization");
    assertThat(named("PMA")).contains("World Food Programme");
    assertThat(named("PAM")).contains("World Food Programme");
    assertThat(named("OCDE")).contains("Organisation for Economic Co-operation and Development");
    assertThat(named("UE")).contains("European Union");
    assertThat(named("Unión Africana")).contains("African Union");
  }

  @Test
  void an_acronym_counts_only_in_capitals_and_a_word_alone_is_no_name() {
    assertThat(named("Who")).isEmpty();
    assertThat(named("WHO")).contains("World Health Organization");
    assertThat(named("Organization")).isEmpty();
    assertThat(named("International Organization for Migration and friends")).isEmpty();
  }

  @Test
  void a_line_names_its_first_organization() {
    assertThat(REGISTRY.namedIn("Conseil d'administration du Programme des Nations Unies pour le développement"))
        .map(RegisteredOrganization::name)
        .contains("United Nations Development Programme");
    assertThat(REGISTRY.namedIn("Seventh meeting of the Council")).isEmpty();
  }

  @Test
  void a_symbol_gives_the_organization_of_its_series_the_longest_series_first() {
    assertThat(bySymbol("MC/2401")).contains(IOM);
    assertThat(bySymbol("S/17/10")).contains(IOM);
    assertThat(bySymbol("S/2019/123")).contains("United Nations");
    assertThat(bySymbol("E/ICEF/2015/P/L.3")).contains("United Nations Children's Fund");
    assertThat(bySymbol("WFP/EB.2/2021/7-C")).contains("World Food Programme");
    assertThat(bySymbol("EB 2016/117/R.3")).contains("International Fund for Agricultural Development");
    assertThat(bySymbol("EB140/40")).contains("World Health Organization");
    assertThat(bySymbol("IDB.45/8")).contains("United Nations Industrial Development Organization");
    assertThat(bySymbol("GB.320/INS/5")).contains("International Labour Organization");
    assertThat(bySymbol("EC/67/SC/CRP.12")).contains("United Nations High Commissioner for Refugees");
    assertThat(bySymbol("DP/FPA/2019/1")).contains("United Nations Population Fund");
    assertThat(bySymbol("DP/2016/4")).contains("United Nations Development Programme");
    assertThat(bySymbol("210 EX/5")).contains("United Nations Educational, Scientific and Cultural Organization");
    assertThat(REGISTRY.ofSymbol("A/HRC/40/3")).map(RegisteredOrganization::name).contains("Human Rights Council");
    assertThat(bySymbol("XYZ/12")).isEmpty();
  }

  @Test
  void a_governing_body_gives_its_organization_only_when_no_other_has_one_of_that_name() {
    assertThat(REGISTRY.ofBody("Comité permanent des programmes et des finances")).map(RegisteredOrganization::name).contains(IOM);
    assertThat(REGISTRY.ofBody("Junta de Desarrollo Industrial")).map(RegisteredOrganization::name).contains("United Nations Industrial Development Organization");
    assertThat(REGISTRY.ofBody("Executive Board")).isEmpty();
  }

  @Test
  void the_paper_organization_comes_from_symbol_then_masthead_then_body_else_as_printed() {
    assertThat(REGISTRY.paperOrganization("MC/2401", List.of("World Health Organization"), List.of())).contains(IOM);
    assertThat(REGISTRY.paperOrganization(null, List.of("ORGANISATION INTERNATIONALE POUR LES MIGRATIONS"), List.of())).contains(IOM);
    assertThat(REGISTRY.paperOrganization(null, List.of("IOM Gender Coordination Unit"), List.of())).contains(IOM);
    assertThat(REGISTRY.paperOrganization(null, List.of("Industrial Development Board"), List.of())).contains("United Nations Industrial Development Organization");
    assertThat(REGISTRY.paperOrganization(null, List.of("Distr.: General", "Northern Fisheries Commission"), List.of())).contains("Northern Fisheries Commission");
    assertThat(REGISTRY.paperOrganization(null, List.of("Annual session 2019"), List.of("WFP and WFP again", "and WFP"))).contains("World Food Programme");
    assertThat(REGISTRY.paperOrganization(null, List.of("Annual session 2019"), List.of("WFP once"))).isEmpty();
  }

  @Test
  void an_organization_named_as_printed_leaves_out_the_acronym_printed_after_its_name() {
    assertThat(REGISTRY.paperOrganization(null, List.of("Organisation pour la Protection des Rivières du Sahel (OPRS)"), List.of()))
        .contains("Organisation pour la Protection des Rivières du Sahel");
    assertThat(REGISTRY.paperOrganization(null, List.of("(OPRS)", "Northern Fisheries Commission"), List.of())).contains("Northern Fisheries Commission");
  }

  @Test
  void a_masthead_printed_over_several_lines_is_read_as_one_name() {
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("GREEN", "ORCHARD", "FUND")), List.of(), List.of())).contains("GREEN ORCHARD FUND");
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("ORGANISATION MONDIALE", "DU COMMERCE")), List.of(), List.of())).contains("World Trade Organization");
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("PREPARATORY COMMISSION FOR THE", "NORTHERN ORCHARD-TREATY", "TREATY ORGANIZATION")), List.of(), List.of()))
        .contains("PREPARATORY COMMISSION FOR THE NORTHERN ORCHARD-TREATY TREATY ORGANIZATION");
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("ORCHARD ENVIRONMENT FACILITY", "INVESTING IN OUR PLANET")), List.of(), List.of())).contains("ORCHARD ENVIRONMENT FACILITY");
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("COMMUNAUTÉ DES VERGERS", "LA COMMISSION")), List.of(), List.of())).contains("COMMUNAUTÉ DES VERGERS");
  }

  @Test
  void a_masthead_naming_an_organization_outweighs_the_series_of_a_short_symbol_but_an_umbrella_does_not() {
    assertThat(REGISTRY.paperOrganization("C/1324", List.of(List.of("UNION OF ORCHARD GROWERS")), List.of(), List.of())).contains("UNION OF ORCHARD GROWERS");
    assertThat(REGISTRY.paperOrganization("CM/1324", List.of(List.of("ORGANIZATION OF AFRICAN UNITY")), List.of(), List.of())).contains("Organization of African Unity");
    assertThat(REGISTRY.paperOrganization("A/AC.96/1001", List.of(List.of("UNITED NATIONS")), List.of(), List.of())).contains("United Nations High Commissioner for Refugees");
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("NACIONES UNIDAS", "COMISIÓN ECONÓMICA PARA AMÉRICA LATINA Y EL CARIBE")), List.of(), List.of()))
        .contains("United Nations Economic Commission for Latin America and the Caribbean");
    assertThat(REGISTRY.paperOrganization(null, List.of(), List.of("Economic and Social Council", "Economic and Social Commission for Asia and the Pacific"), List.of()))
        .contains("United Nations Economic and Social Commission for Asia and the Pacific");
  }

  @Test
  void a_name_printed_as_an_organization_loses_its_article_and_the_acronym_before_it_and_is_never_cut_short() {
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("The Orchard Fund to Fight Blight")), List.of(), List.of())).contains("Orchard Fund to Fight Blight");
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("SIV - Sistema de la Integración de Viveros")), List.of(), List.of())).contains("Sistema de la Integración de Viveros");
    assertThat(REGISTRY.paperOrganization(null, List.of(List.of("Convention on")), List.of(), List.of())).isEmpty();
  }

  @Test
  void an_acronym_inside_a_cited_symbol_is_no_mention_of_its_organization() {
    List<String> texts = List.of("The agenda (EC/47/SC/CRP.25) was adopted.", "The note (EC/47/SC/CRP.26) was discussed.");
    assertThat(REGISTRY.paperOrganization(null, List.of("Standing Committee"), texts)).isEmpty();
    List<String> named = List.of("The EC funded the survey.", "The EC asked for a report.");
    assertThat(REGISTRY.paperOrganization(null, List.of("Standing Committee"), named)).contains("European Union");
  }

  @Test
  void a_partner_named_often_is_not_taken_for_the_paper_organization() {
    List<String> texts = List.of("Nous avons ouvert deux centres conjointement avec le PAM.", "Un accord signé en partenariat avec le PAM.", "Trabajamos con el PMA.");
    assertThat(REGISTRY.paperOrganization(null, List.of("CONSEIL"), texts)).isEmpty();
    assertThat(REGISTRY.paperOrganization(null, List.of("CONSEIL"), List.of("Le PAM a ouvert deux centres.", "Le PAM signe un accord avec nous."))).contains("World Food Programme");
  }

  @Test
  void home_holds_the_organization_its_units_and_their_predecessors() {
    assertThat(REGISTRY.home(IOM))
        .contains(IOM, "Gender Coordination Unit", "Working Group on Gender Issues", "Intergovernmental Committee for Migration")
        .doesNotContain("United Nations");
  }

  @Test
  void a_spelling_of_two_organizations_or_an_unlisted_parent_is_refused() {
    assertThatThrownBy(() -> read("{\"organizations\": [{\"name\": \"A Fund\", \"fr\": {\"acronym\": \"AF\"}}, {\"name\": \"B Fund\", \"acronym\": \"AF\"}]}"))
        .hasMessageContaining("\"AF\" names both A Fund and B Fund");
    assertThatThrownBy(() -> read("{\"organizations\": [{\"name\": \"A Unit\", \"partOf\": \"Nobody\"}]}"))
        .hasMessageContaining("A Unit names an unlisted organization: Nobody");
  }

  private static Registry read(String json) throws IOException {
    return Registry.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
