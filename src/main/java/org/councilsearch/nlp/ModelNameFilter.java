package org.councilsearch.nlp;

import java.util.Set;

/**
 * Decides which names of the statistical model to believe. The model is the last resort after
 * the gazetteer, the paper's acronyms and the patterns, and on unseen text it also proposes title
 * words ("Global Economic Crisis"), generic words ("Committee"), undefined acronyms and
 * capitalized phrases that are no names: each kind must look like a name of its kind. Immutable.
 */
final class ModelNameFilter {
  /** Below this, the model is not believed at all. */
  private static final double MODEL_THRESHOLD = 0.55;
  /** An organization without a word such as Committee or Bank needs this much confidence. */
  private static final double CONFIDENT = 0.85;
  /** Words the model may take for names that are never organizations, people or places in these papers. */
  private static final Set<String> NEVER_NAMES =
      Set.of(
          "headquarters", "field", "member states", "organization", "the organization", "director general",
          "deputy director general", "secretary-general", "under-secretary-general", "council", "unit", "the unit",
          "chiefs of mission", "chief of mission", "gender focal points", "gender focal point", "states", "governments",
          "mission", "missions", "field offices", "annex", "chapter");
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "da", "van", "von", "der", "den", "del", "della", "di", "du", "dos", "das", "la", "le", "bin", "ibn", "al", "el", "y");

  /** Words that make up organizations' names but, on their own, name no organization. */
  private static final Set<String> GENERIC_ORGANIZATION_WORDS =
      Set.of(
          "committee", "committees", "task", "force", "group", "working", "sub", "-", "unit", "office", "council",
          "board", "network", "secretariat", "assembly", "commission", "division", "department", "team", "the",
          "steering", "standing", "executive", "joint", "special", "agency", "agencies", "organization",
          "organizations", "programme", "mission", "missions", "government", "governments", "ministry",
          // The same in French and Spanish, with their articles: "la Junta Ejecutiva", "le Conseil d'administration".
          "la", "el", "los", "las", "le", "les", "l'", "l", "d'", "d", "de", "del", "du", "des", "centre", "centro",
          "junta", "ejecutiva", "ejecutivo", "consejo", "directivo", "comite", "comision", "secretaria", "oficina",
          "asamblea", "grupo", "trabajo", "permanente", "mision", "ministerio", "gobierno", "administracion",
          "conseil", "bureau", "assemblee", "groupe", "travail", "executif", "permanent",
          "direction", "ministere", "gouvernement", "administration", "organisation", "organizacion", "programa");
  /** Capitalized words that open a title or a clause, never an organization's name. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("against", "for", "on", "of", "in", "to", "with", "by", "from", "and", "or", "the", "a", "an", "at", "as", "towards");

  private final Gazetteer gazetteer;

  ModelNameFilter(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Whether to believe a name the model found.
   *
   * @param partsOfSpeech the sentence's POS tags, needed for people only (may be null otherwise)
   */
  boolean accepts(StatisticalNames.Found found, Sentence sentence, String surface, String[] partsOfSpeech) {
    if (found.probability() < MODEL_THRESHOLD) {
      return false;
    }
    String folded = Folding.fold(surface);
    if (NEVER_NAMES.contains(folded) || !Character.isLetterOrDigit(surface.codePointAt(0))) {
      return false;
    }
    boolean capitalized = Character.isUpperCase(surface.codePointAt(0)) || Character.isDigit(surface.codePointAt(0));
    switch (found.kind()) {
      case ORGANIZATION -> {
        // An undefined acronym cannot be resolved; generic words ("Committee", "Task Force") name nobody.
        boolean acronym = found.to() - found.from() == 1 && AcronymFinder.isAcronym(surface);
        boolean generic = true;
        for (int i = found.from(); i < found.to(); i++) {
          generic &= GENERIC_ORGANIZATION_WORDS.contains(Folding.fold(sentence.token(i).text()));
        }
        // Without a word such as Committee or Bank, only a confident model is believed.
        boolean sure = PaperLexicon.readsAsOrganization(surface) || found.probability() >= CONFIDENT;
        return capitalized && sure && !acronym && !generic && !startsWithFunctionWord(sentence, found)
            && gazetteer.place(surface).isEmpty();
      }
      case PERSON -> {
        if (gazetteer.nameOf(surface).isPresent() || gazetteer.place(surface).isPresent()) {
          return false;
        }
        int names = 0;
        for (int i = found.from(); i < found.to(); i++) {
          String token = sentence.token(i).text();
          if (NAME_PARTICLES.contains(token)) {
            continue;
          }
          boolean properNoun = partsOfSpeech == null || partsOfSpeech[i].equals("PROPN") || partsOfSpeech[i].equals("X");
          if (!Character.isUpperCase(token.codePointAt(0)) || AcronymFinder.isAcronym(token) || !properNoun) {
            return false;
          }
          names++;
        }
        return names >= 2;
      }
      case PLACE -> {
        return capitalized && gazetteer.nameOf(surface).isEmpty();
      }
      case EVENT -> {
        return capitalized && found.to() - found.from() >= 2;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean startsWithFunctionWord(Sentence sentence, StatisticalNames.Found found) {
    return FUNCTION_WORDS.contains(Folding.fold(sentence.token(found.from()).text()));
  }
}
