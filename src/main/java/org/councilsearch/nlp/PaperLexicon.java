package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilsearch.model.Organization;
import org.councilsearch.nlp.PhraseMatcher.Phrase;

/**
 * What one paper teaches about its own names: the acronyms it defines, each tied to a gazetteer
 * organization when either form is known there, or else to a new organization of the paper's
 * own when the long form reads like one ("Caribbean Coalition of National AIDS Programme
 * Coordinators (CCNAPC)"). Definitions of things that are not organizations ("Internally
 * Displaced Persons (IDPs)") are left out. Immutable once learned.
 */
final class PaperLexicon {
  /** Words that make a long form an organization's name. */
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "organization", "organisation", "union", "committee", "commission", "council", "office", "agency", "fund",
          "bank", "institute", "institution", "centre", "center", "association", "federation", "foundation",
          "coalition", "network", "group", "unit", "department", "division", "directorate", "ministry", "secretariat",
          "board", "authority", "service", "services", "society", "league", "alliance", "partnership", "consortium",
          "corporation", "university", "college", "academy", "court", "tribunal", "parliament", "assembly",
          "government", "bureau", "initiative", "community", "movement", "trust", "company", "observatory",
          "gesellschaft", "programme", "program",
          // French and Spanish, as printed (lower case, accents kept).
          "organización", "unión", "comité", "comisión", "consejo", "conseil", "oficina", "agencia", "agence", "fondo",
          "fonds", "banco", "banque", "instituto", "institut", "centro", "asociación", "federación", "fédération",
          "fundación", "fondation", "red", "réseau", "grupo", "groupe", "ministerio", "ministère", "secretaría",
          "secrétariat", "junta", "autoridad", "autorité", "sociedad", "société", "alianza", "universidad",
          "université", "corte", "cour", "parlamento", "parlement", "asamblea", "assemblée", "gobierno",
          "gouvernement");

  private final PhraseMatcher<String> matcher;
  private final Map<String, Organization> own;

  private PaperLexicon(PhraseMatcher<String> matcher, Map<String, Organization> own) {
    this.matcher = matcher;
    this.own = Map.copyOf(own);
  }

  static PaperLexicon learn(List<AcronymDefinition> definitions, Gazetteer gazetteer, CouncilTokenizer tokenizer) {
    List<Phrase<String>> phrases = new ArrayList<>();
    Map<String, Organization> own = new LinkedHashMap<>();
    for (AcronymDefinition definition : definitions) {
      Optional<String> byLongForm = gazetteer.nameOf(definition.longForm());
      Optional<String> byAcronym = gazetteer.nameOf(definition.acronym());
      String canonical;
      if (byLongForm.isPresent()) {
        canonical = byLongForm.get();
      } else if (byAcronym.isPresent()) {
        canonical = byAcronym.get();
      } else if (readsAsOrganization(definition.longForm()) && gazetteer.place(definition.longForm()).isEmpty()) {
        canonical = definition.longForm();
        own.putIfAbsent(canonical, new Organization(canonical, definition.acronym(), List.of()));
      } else {
        continue;
      }
      phrases.add(new Phrase<>(words(tokenizer, definition.longForm()), canonical));
      phrases.add(new Phrase<>(words(tokenizer, definition.acronym()), canonical));
    }
    return new PaperLexicon(new PhraseMatcher<>(phrases), own);
  }

  /** Finds the paper's acronyms and long forms; payloads are canonical organization names. */
  PhraseMatcher<String> matcher() {
    return matcher;
  }

  /** The paper's own organizations that no gazetteer entry covers, by name. */
  Map<String, Organization> own() {
    return own;
  }

  /** The acronym the paper defines for an organization of its own, if any. */
  Optional<String> acronymOf(String canonical) {
    Organization org = own.get(canonical);
    return org == null ? Optional.empty() : Optional.ofNullable(org.acronym());
  }

  /** Whether a long form names an organization: it has a word such as Committee or Bank (a programme counts only in the UN's name). */
  static boolean readsAsOrganization(String longForm) {
    boolean unitedNations = longForm.startsWith("United Nations");
    for (String word : longForm.toLowerCase(Locale.ROOT).split("[\\s\\-\u2010\u2011]+")) {
      boolean programme = word.equals("programme") || word.equals("program");
      if (ORGANIZATION_WORDS.contains(word) && (!programme || unitedNations)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(CouncilTokenizer tokenizer, String phrase) {
    return tokenizer.tokenize(phrase).stream().map(Token::text).toList();
  }
}
