package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * Finds known phrases (gazetteer aliases, a paper's own acronyms) among a sentence's tokens with
 * OpenNLP's {@link DictionaryNameFinder}, longest match first.
 *
 * <p>Matching ignores case, accents, hyphens and commas, so "UN-Women" finds "UN Women" and
 * "Co-operation" finds "Cooperation". Case is then checked against the phrase as written,
 * because it is what tells "WHO" from "who" and "the Organization" from "the organization of a
 * workshop": acronyms must match exactly, and a capitalized word of the phrase may be lower case
 * in the text only in a long name ("Working Group on Gender issues"), never as its first word.
 * Immutable and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
  /** A phrase as written, tokenized the tagger's way, and what it stands for. */
  record Phrase<T>(List<String> tokens, T payload) {}

  /** A phrase found in a sentence: tokens {@code from} (inclusive) to {@code to} (exclusive). */
  record Match<T>(int from, int to, T payload) {}

  private final Dictionary dictionary = new Dictionary(false);
  private final Map<StringList, List<Phrase<T>>> phrases = new LinkedHashMap<>();

  PhraseMatcher(List<Phrase<T>> known) {
    for (Phrase<T> phrase : known) {
      List<String> written = kept(phrase.tokens());
      if (written.isEmpty()) {
        continue;
      }
      StringList key = new StringList(folded(written));
      dictionary.put(key);
      phrases.computeIfAbsent(key, k -> new ArrayList<>()).add(new Phrase<>(written, phrase.payload()));
    }
  }

  boolean isEmpty() {
    return phrases.isEmpty();
  }

  /** Every known phrase in the tokens, longest first where phrases overlap, in text order. */
  List<Match<T>> find(List<Token> tokens) {
    List<Integer> positions = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = Folding.token(tokens.get(i).text());
      if (token != null) {
        positions.add(i);
        folded.add(token);
        actual.add(tokens.get(i).text());
      }
    }
    List<Match<T>> out = new ArrayList<>();
    if (phrases.isEmpty() || folded.isEmpty()) {
      return out;
    }
    Span[] spans = new DictionaryNameFinder(dictionary).find(folded.toArray(String[]::new));
    for (Span span : spans) {
      // The finder keeps only the longest entry at a position; when case rules that one out,
      // a shorter entry at the same position may still hold.
      for (int end = span.getEnd(); end > span.getStart(); end--) {
        T payload = accept(folded.subList(span.getStart(), end), actual.subList(span.getStart(), end));
        if (payload != null) {
          out.add(new Match<>(positions.get(span.getStart()), positions.get(end - 1) + 1, payload));
          break;
        }
      }
    }
    return out;
  }

  private T accept(List<String> folded, List<String> actual) {
    List<Phrase<T>> candidates = phrases.get(new StringList(folded.toArray(String[]::new)));
    if (candidates == null) {
      return null;
    }
    for (Phrase<T> candidate : candidates) {
      if (caseAgrees(candidate.tokens(), actual)) {
        return candidate.payload();
      }
    }
    return null;
  }

  static boolean caseAgrees(List<String> written, List<String> actual) {
    int capitalized = 0;
    int lowered = 0;
    for (int i = 0; i < written.size(); i++) {
      String w = written.get(i);
      String a = actual.get(i);
      if (upperCount(w) >= 2) {
        if (!sameCase(w, a)) {
          return false;
        }
      } else if (Character.isUpperCase(w.codePointAt(0))) {
        capitalized++;
        if (upperCount(a) == 0) {
          if (i == 0) {
            return false;
          }
          lowered++;
        }
      }
    }
    return lowered * 4 <= capitalized;
  }

  /** Whether two spellings with the same letters have them in the same case ("WHO", not "Who"). */
  private static boolean sameCase(String written, String actual) {
    return caseShape(written).equals(caseShape(actual));
  }

  private static List<Boolean> caseShape(String s) {
    return s.codePoints().filter(Character::isLetter).mapToObj(Character::isUpperCase).toList();
  }

  private static int upperCount(String s) {
    return (int) s.codePoints().filter(Character::isUpperCase).count();
  }

  private static List<String> kept(List<String> tokens) {
    return tokens.stream().filter(t -> Folding.token(t) != null).toList();
  }

  private static String[] folded(List<String> tokens) {
    return tokens.stream().map(Folding::token).toArray(String[]::new);
  }
}
