package org.councilsearch.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known names in a line or a text, word by word, longest first and without overlaps. Case
 * and accents do not matter, except in a word with two capitals or more, which is an acronym and
 * must be printed in capitals ("WHO", never "Who"). Words are runs of letters and digits, so
 * hyphens, apostrophes and punctuation between them do not matter either. Immutable once built.
 *
 * @param <T> what a name stands for
 */
final class NameScanner<T> {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** A name found: what it stands for, and where it was printed. */
  record Found<T>(T target, int start, int end) {}

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>();
    final List<Entry<T>> entries = new ArrayList<>();
  }

  /** One spelling: its words as printed, for the acronyms' case check. */
  private record Entry<T>(List<String> words, T target) {}

  private record Word(String printed, String folded, int start, int end) {}

  private final Node<T> root = new Node<>();

  /** Adds a spelling of {@code target}; a spelling without a letter or digit is ignored. */
  void add(String spelling, T target) {
    List<Word> words = words(spelling);
    if (words.isEmpty()) {
      return;
    }
    Node<T> node = root;
    for (Word w : words) {
      node = node.next.computeIfAbsent(w.folded(), k -> new Node<>());
    }
    node.entries.add(new Entry<>(words.stream().map(Word::printed).toList(), target));
  }

  /** The targets whose spelling is all of {@code text}, in the order they were added. */
  List<T> whole(String text) {
    List<Word> words = words(text);
    List<T> out = new ArrayList<>();
    for (Found<T> found : scan(words, true)) {
      out.add(found.target());
    }
    return out;
  }

  /** Every name in {@code text}, left to right. */
  List<Found<T>> find(String text) {
    return scan(words(text), false);
  }

  private List<Found<T>> scan(List<Word> words, boolean whole) {
    List<Found<T>> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Node<T> node = root;
      int longest = -1;
      List<T> targets = List.of();
      for (int j = i; j < words.size(); j++) {
        node = node.next.get(words.get(j).folded());
        if (node == null) {
          break;
        }
        List<T> matching = matching(node, words.subList(i, j + 1));
        if (!matching.isEmpty() && (!whole || j == words.size() - 1)) {
          longest = j;
          targets = matching;
        }
      }
      if (whole) {
        if (longest >= 0) {
          targets.forEach(t -> out.add(new Found<>(t, words.get(0).start(), words.get(words.size() - 1).end())));
        }
        return out;
      }
      if (longest >= 0) {
        out.add(new Found<>(targets.get(0), words.get(i).start(), words.get(longest).end()));
        i = longest + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static <T> List<T> matching(Node<T> node, List<Word> printed) {
    List<T> out = new ArrayList<>();
    for (Entry<T> entry : node.entries) {
      if (caseAgrees(entry.words(), printed) && !out.contains(entry.target())) {
        out.add(entry.target());
      }
    }
    return out;
  }

  private static boolean caseAgrees(List<String> written, List<Word> printed) {
    for (int k = 0; k < written.size(); k++) {
      String w = written.get(k);
      if (capitals(w) >= 2 && !unaccented(w).equals(unaccented(printed.get(k).printed()))) {
        return false;
      }
    }
    return true;
  }

  private static int capitals(String word) {
    return (int) word.codePoints().filter(Character::isUpperCase).count();
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(m.group(), unaccented(m.group()).toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    return out;
  }

  private static String unaccented(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return word;
  }
}
