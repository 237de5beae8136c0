package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds events named by a title in quotation marks: an event noun, then "on" and the quoted title
 * ("a panel discussion on “When education does not lead to decent work”", "an e-discussion on
 * "Domestic workers count too"", "a half-day workshop, sponsored by the Staff Association
 * Committee, on "Gender Differences in the Work Place""). The title is the event's name, without
 * its quotation marks, as the annotation rules have it; a theme ("on the theme of “...”") is not,
 * and neither is the title of a book, a study or a presentation, which have no event noun.
 * Immutable and thread-safe.
 */
final class QuotedTitles {
  /**
   * Nouns that make what they are "on" an event, in any case: mostly the title follows a
   * description ("expert group meeting", "roundtable breakfast"); where it follows a capitalized
   * name ("a Conference on “...”"), the longer name {@link EventFinder} finds wins.
   */
  private static final Set<String> EVENT_NOUNS =
      Set.of(
          "session", "discussion", "panel", "debate", "meeting", "conference", "workshop", "seminar", "symposium",
          "colloquium", "forum", "roundtable", "round-table", "dialogue", "consultation", "training", "course",
          "webinar", "event", "retreat", "summit", "lecture", "hearing", "campaign", "breakfast", "lunch", "luncheon");
  private static final Set<String> OPENING = Set.of("\u201c", "\"", "\u00ab", "\u201e");
  private static final Set<String> CLOSING = Set.of("\u201d", "\"", "\u00bb");
  /** How far back an event noun may stand before a participle clause: "a special event chaired by A and B, Ms. C, on “...”". */
  private static final int MAX_CLAUSE_WORDS = 20;
  /** Longer quoted runs are passages quoted from a text, not titles. */
  private static final int MAX_TITLE_WORDS = 40;
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}[\\p{Ll}\\-\u2010\u2011]*ed|held|led|run|given");

  /**
   * A quoted title: words {@code from} to {@code to} of the word view (inside the quotation marks)
   * and {@code noun}, the index of the event noun it belongs to.
   */
  record Title(int from, int to, int noun) {}

  List<Title> find(WordView view) {
    List<String> words = view.words();
    List<Title> out = new ArrayList<>();
    for (int open = 2; open < words.size(); open++) {
      if (!OPENING.contains(words.get(open)) || !words.get(open - 1).equals("on")) {
        continue;
      }
      int close = closing(words, open);
      if (close < 0 || !titleLike(words, open + 1, close)) {
        continue;
      }
      int noun = eventNounBefore(words, open - 2);
      if (noun >= 0) {
        out.add(new Title(open + 1, close, noun));
        open = close;
      }
    }
    return out;
  }

  private static int closing(List<String> words, int open) {
    for (int i = open + 1; i < words.size() && i - open <= MAX_TITLE_WORDS + 1; i++) {
      if (CLOSING.contains(words.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Two words or more, opening with a capital: titles are capitalized, quoted phrases ("on “what works”") often not. */
  private static boolean titleLike(List<String> words, int from, int to) {
    return to - from >= 2 && Character.isUpperCase(words.get(from).codePointAt(0));
  }

  /**
   * The event noun the "on" at {@code last + 1} belongs to: the word right before it ("the session
   * on"), or, when a comma ends a participle clause ("a workshop, sponsored by X, on"), the noun
   * just before that clause. -1 when there is none.
   */
  private static int eventNounBefore(List<String> words, int last) {
    if (isEventNoun(words.get(last))) {
      return last;
    }
    if (!words.get(last).equals(",")) {
      return -1;
    }
    for (int i = last - 1; i >= 1 && last - i <= MAX_CLAUSE_WORDS; i--) {
      String word = words.get(i);
      if (word.equals(";") || word.equals(".") || OPENING.contains(word) || CLOSING.contains(word)) {
        return -1;
      }
      int participle = words.get(i).equals(",") ? i + 1 : i;
      if (participle < last && PARTICIPLE.matcher(words.get(participle)).matches() && isEventNoun(words.get(i - 1))) {
        return i - 1;
      }
    }
    return -1;
  }

  /** An event noun, also as the end of a compound: "e-discussion", "half-day workshop". */
  private static boolean isEventNoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int hyphen = Math.max(lower.lastIndexOf('-'), Math.max(lower.lastIndexOf('\u2010'), lower.lastIndexOf('\u2011')));
    return EVENT_NOUNS.contains(lower) || (hyphen > 0 && EVENT_NOUNS.contains(lower.substring(hyphen + 1)));
  }
}
