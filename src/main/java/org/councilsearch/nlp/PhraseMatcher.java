package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known phrases (gazetteer aliases, a paper's own acronyms) among a sentence's tokens,
 * longest match first, with the semantics of OpenNLP's {@code DictionaryNameFinder}: at each
 * position the longest known phrase wins, and the search resumes after it.
 *
 * <p>It does not use that class because it was the tagger's largest cost (a third of indexing
 * time in a profile of the benchmark archive): for every token it builds a {@code StringList} for
 * every length up to the longest name (15 tokens), interning each token in a shared map that all
 * indexing threads contend on. Here each position extends a key only while it is the prefix of a
 * known phrase, which usually stops after one lookup.
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

  /** The key of every known phrase and of every leading part of one, to stop extending early. */
  private final Set<String> prefixes = new HashSet<>();

  PhraseMatcher(List<Phrase<T>> known) {
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
    StringBuilder key = new StringBuilder();
    int longest = -1;
    for (int end = start; end < folded.size(); end++) {
      if (end > start) {
        key.append(SEPARATOR);
      }
      key.append(folded.get(end));
      String k = key.toString();
      if (!prefixes.contains(k)) {
        break;
      }
      if (phrases.containsKey(k)) {
        longest = end + 1;
      }
    }
    return longest;
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
