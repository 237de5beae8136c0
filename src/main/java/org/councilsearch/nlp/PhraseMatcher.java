package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * Finds known phrases (gazetteer aliases, a paper's own acronyms) among a sentence's tokens with
 * OpenNLP's {@link DictionaryNameFinder}: at each position the longest known phrase wins, and the
 * search resumes after it.
 *
 * <p>The finder is shown only the stretch of tokens that can still be a known phrase: an index of
 * every phrase's leading words tells where a phrase may start and how far it may reach. Run over
 * a whole sentence, the finder builds a {@code StringList} for every token and every length up to
 * the longest name (15 tokens), which made it a third of indexing time in a profile of the
 * benchmark archive; most positions start no phrase, and the others reach a word or two.
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

  /** Joins folded tokens into one key; tokens never contain it. */
  private static final char SEPARATOR = '\u0001';

  /** Phrases by the key of their folded tokens. */
  private final Map<String, List<Phrase<T>>> phrases = new HashMap<>();

  /** The key of every known phrase and of every leading part of one: where the finder need look. */
  private final Set<String> prefixes = new HashSet<>();

  private final DictionaryNameFinder finder;

  PhraseMatcher(List<Phrase<T>> known) {
    Dictionary dictionary = new Dictionary(true);
    for (Phrase<T> phrase : known) {
      List<String> written = kept(phrase.tokens());
      if (written.isEmpty()) {
        continue;
      }
      String[] folded = folded(written);
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < folded.length; i++) {
        if (i > 0) {
          key.append(SEPARATOR);
        }
        key.append(folded[i]);
        prefixes.add(key.toString());
      }
      phrases.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(new Phrase<>(written, phrase.payload()));
      dictionary.put(new StringList(folded));
    }
    finder = new DictionaryNameFinder(dictionary);
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
    for (int start = 0; start < folded.size(); start++) {
      int longest = longestAt(folded, start);
      if (longest < 0) {
        continue;
      }
      // Only the longest entry at a position counts; when case rules that one out, a shorter
      // entry at the same position may still hold.
      for (int end = longest; end > start; end--) {
        T payload = accept(folded.subList(start, end), actual.subList(start, end));
        if (payload != null) {
          out.add(new Match<>(positions.get(start), positions.get(end - 1) + 1, payload));
          break;
        }
      }
      start = longest - 1;
    }
    return out;
  }

  /** The end (exclusive) of the longest known phrase starting at {@code start}, or -1. */
  private int longestAt(List<String> folded, int start) {
    int reach = reach(folded, start);
    if (reach == 0) {
      return -1;
    }
    // The finder reports the longest entry at the window's first token first, then moves past it.
    Span[] spans = finder.find(folded.subList(start, start + reach).toArray(String[]::new));
    return spans.length > 0 && spans[0].getStart() == 0 ? start + spans[0].getEnd() : -1;
  }

  /** How many tokens from {@code start} on are the leading words of some known phrase. */
  private int reach(List<String> folded, int start) {
    StringBuilder key = new StringBuilder();
    int reach = 0;
    for (int end = start; end < folded.size(); end++) {
      if (end > start) {
        key.append(SEPARATOR);
      }
      key.append(folded.get(end));
      if (!prefixes.contains(key.toString())) {
        break;
      }
      reach++;
    }
    return reach;
  }

  private T accept(List<String> folded, List<String> actual) {
    List<Phrase<T>> candidates = phrases.get(String.join(String.valueOf(SEPARATOR), folded));
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
