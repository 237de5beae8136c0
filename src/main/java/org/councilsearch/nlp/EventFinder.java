package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.namefind.RegexNameFinder;
import opennlp.tools.util.Span;

/**
 * Finds event names by their shape, with OpenNLP's {@link RegexNameFinder} over a sentence's
 * words: a run of capitalized words with a head word such as Conference, Workshop, Forum,
 * Consultation or Day ("Expert Meeting on Mainstreaming Gender in Trade Policy", "16 Days of
 * Activism Against Gender Violence"); a capitalized name before a lower-case head ("Delivering
 * as One on Gender Equality and Women’s Empowerment retreat", "Chiefs of Mission training"); a
 * title after "panel entitled"; and a quoted title after an event noun ({@link QuotedTitles}).
 * Names stop at a subtitle (":" or a spaced dash), quoted titles at their closing quote.
 * Immutable and thread-safe.
 */
final class EventFinder {
  static final Set<String> HEADS =
      Set.of(
          "Conference", "Conferences", "Meeting", "Meetings", "Workshop", "Workshops", "Forum", "Panel", "Day",
          "Days", "Campaign", "Training", "Consultation", "Consultations", "Symposium", "Colloquium", "Dialogue",
          "Summit", "Session", "Sessions", "Seminar", "Seminars", "Retreat", "Roundtable", "Round-Table", "Congress",
          "Festival", "Exhibition", "Week", "Discussion", "Course", "Celebration", "Commemoration", "Hearing",
          "Debate", "Lecture", "Segment");
  private static final String LOWER_HEADS =
      "retreat|workshop|meeting|conference|forum|symposium|seminar|summit|consultation|panel|training|segment";
  private static final String ADJECTIVES =
      "global|regional|international|annual|national|intersessional|expert|informal|special|technical|ministerial"
          + "|high-level|joint|thematic|interactive|consultative";
  static final Set<String> CONNECTORS =
      Set.of(
          "of", "on", "for", "and", "the", "in", "to", "against", "from", "among", "with", "at", "as", "by", "&", "de",
          "des", "du", "la", "le", "pour", "sur", "et", "a", "an", "within", "between", "into", "towards", "toward",
          "through", "under", "over", "per", "/");
  /** Capitalized words that open sentences and clauses, not names. */
  private static final Set<String> OPENERS =
      Set.of(
          "the", "a", "an", "in", "on", "at", "by", "for", "with", "from", "during", "through", "after", "before",
          "since", "under", "as", "this", "these", "that", "its", "their", "his", "her", "our", "both", "all", "each",
          "several", "some", "while", "following", "throughout", "over", "within", "also", "moreover", "furthermore",
          "thus", "however", "when", "where", "to", "of", "and", "or", "it", "they", "he", "she", "we", "there",
          "upon", "until", "between", "among", "like", "via");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "our");
  private static final Pattern LOWER_ORDINAL =
      Pattern.compile(
          "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\u2010\u2011])?"
              + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
              + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth"
              + "|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)");

  private static final String TYPE_TITLED = "titled-";

  private final Map<String, Pattern[]> patterns = new HashMap<>();
  private final QuotedTitles quotedTitles;

  /** The lower-case heads as words, to tell whether the "lower" pattern can match at all. */
  private static final Set<String> LOWER_HEAD_WORDS = Set.of(LOWER_HEADS.split("\\|"));

  /** The words that introduce a title ("panel entitled ..."), likewise for the "titled-" patterns. */
  private static final Set<String> TITLE_CUES = Set.of("entitled", "titled", "called", "named", "themed");

  /** @param quotedTitles finds titles in quotation marks after an event noun */
  EventFinder(QuotedTitles quotedTitles) {
    this.quotedTitles = quotedTitles;
    String cap = "\\p{Lu}[\\p{L}\\p{M}\\d'\u2019.&/\\-\u2010\u2011]*";
    String num = "\\d+(?:st|nd|rd|th)?";
    String acronymInParentheses = "\\( \\p{Lu}[\\p{Lu}\\d\\-]+ \\)";
    String unit = "(?:" + cap + "|" + num + "|" + acronymInParentheses + ")";
    String connector = "(?:" + String.join("|", CONNECTORS.stream().map(Pattern::quote).sorted().toList()) + ")";
    String head = "(?:" + String.join("|", HEADS.stream().sorted().toList()) + ")";
    String tail = "(?: (?:, )?(?:" + connector + " )*(?:" + cap + "|" + num + "))*";
    String start = "(?<![^ ])";
    String end = "(?![^ ])";
    Pattern named =
        Pattern.compile(
            start + "(?:" + unit + " (?:" + connector + " )*)*" + head
                + "(?: (?:" + connector + " )+(?:[\u201c\"] )?(?:" + cap + "|" + num + ")" + tail + "(?: [\u201d\"])?)?" + end);
    Pattern lowerHead =
        Pattern.compile(
            start + "(?:" + unit + " (?:" + connector + " )*)*" + unit + " (?:(?:" + ADJECTIVES + ") )?(?:" + LOWER_HEADS + ")" + end);
    patterns.put("named", new Pattern[] {named});
    patterns.put("lower", new Pattern[] {lowerHead});
    for (String cue : List.of("panel", "workshop", "session", "conference", "meeting", "event", "debate", "discussion",
        "seminar", "campaign", "course", "forum", "symposium", "exhibition", "festival", "training", "consultation")) {
      patterns.put(
          TYPE_TITLED + cue,
          new Pattern[] {
            Pattern.compile(
                "(?<=(?:^| )" + cue + " (?:entitled|titled|called|named|themed) (?:: )?(?:[\u201c\"] )?)" + cap + tail + end)
          });
    }
  }

  /** An event name found in a sentence: words {@code from} to {@code to} of the word view, and its type. */
  record Found(int from, int to, String type) {}

  List<Found> find(WordView view) {
    Span[] spans = new RegexNameFinder(applicable(view.words())).find(view.array());
    List<Found> out = new ArrayList<>();
    // A description with a title ("the CARITAS global conference on “The female face of
    // migration”") is named by the title: the description is not a second event.
    Set<Integer> titledNouns = new HashSet<>();
    for (QuotedTitles.Title title : quotedTitles.find(view)) {
      titledNouns.add(title.noun());
      String noun = view.words().get(title.noun());
      // The word before the noun may tell the kind better: "panel discussion", "roundtable breakfast".
      String before = title.noun() > 0 ? view.words().get(title.noun() - 1) + " " : "";
      out.add(new Found(title.from(), title.to(), EventKinds.typeOf(before + noun)));
    }
    for (Span span : spans) {
      String kind = span.getType();
      if (kind.startsWith(TYPE_TITLED)) {
        int to = trimEnd(view, span.getStart(), span.getEnd());
        if (to - span.getStart() >= 2) {
          out.add(new Found(span.getStart(), to, EventKinds.typeOf(kind.substring(TYPE_TITLED.length()))));
        }
        continue;
      }
      for (int[] part : splitAtAnd(view, span.getStart(), span.getEnd())) {
        Found found = tidy(view, part[0], part[1], kind.equals("lower"));
        if (found != null && !(kind.equals("lower") && titledNouns.contains(found.to() - 1))) {
          out.add(found);
        }
      }
    }
    return withoutOverlaps(out);
  }

  /**
   * The patterns that can match in a sentence of these words, in the same order as {@link
   * #patterns}. Each pattern needs a whole word of its own (a head word, a lower-case head, a title
   * cue), so a sentence without it is not scanned: the patterns' nested repetitions and
   * look-behinds, tried at every position of every sentence, were a third of indexing time in a
   * profile, and most sentences name no event.
   */
  private Map<String, Pattern[]> applicable(List<String> words) {
    boolean head = false;
    boolean lower = false;
    boolean titled = false;
    for (String w : words) {
      head |= HEADS.contains(w);
      lower |= LOWER_HEAD_WORDS.contains(w);
      titled |= TITLE_CUES.contains(w);
    }
    Map<String, Pattern[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, Pattern[]> e : patterns.entrySet()) {
      String kind = e.getKey();
      boolean possible = kind.equals("named") ? head : kind.equals("lower") ? lower : titled;
      if (possible) {
        out.put(kind, e.getValue());
      }
    }
    return out;
  }

  /** "Expert Meeting on X and Public Symposium on Y" is two events. */
  private static List<int[]> splitAtAnd(WordView view, int from, int to) {
    List<int[]> parts = new ArrayList<>();
    int partStart = from;
    for (int i = from + 1; i < to - 1; i++) {
      if (view.words().get(i).equals("and")
          && hasHead(view, partStart, i)
          && hasHead(view, i + 1, to)
          && Character.isUpperCase(view.words().get(i + 1).codePointAt(0))
          && !HEADS.contains(view.words().get(i + 1))) {
        parts.add(new int[] {partStart, i});
        partStart = i + 1;
      }
    }
    parts.add(new int[] {partStart, to});
    return parts;
  }

  private static Found tidy(WordView view, int from, int to, boolean lowerHead) {
    List<String> words = view.words();
    while (from < to && (OPENERS.contains(words.get(from).toLowerCase(Locale.ROOT)) || words.get(from).equals(","))) {
      from++;
    }
    to = trimEnd(view, from, to);
    // Nothing before a determiner ahead of the head word belongs to the name: "the Report of an
    // Expert Group Meeting", and "the Conclusions ... of the Conference" (where nothing is left).
    for (int i = from + 1; i < to && !HEADS.contains(words.get(i - 1)); i++) {
      if (DETERMINERS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
        from = i;
      }
    }
    if (to - from < 2 || (!lowerHead && !hasHead(view, from, to))) {
      return null;
    }
    if (lowerHead && !namedEnough(words.subList(from, to))) {
      return null;
    }
    // "the fifty-second Session of the Committee ...": a session's number is part of its name.
    if (from > 0 && LOWER_ORDINAL.matcher(words.get(from - 1)).matches() && words.get(from).startsWith("Session")) {
      from--;
    }
    String name = String.join(" ", words.subList(from, to));
    return new Found(from, to, EventKinds.typeOf(name));
  }

  /**
   * Whether a name before a lower-case head is more than one word, or comes with an adjective:
   * "CARITAS global conference" and "Delivering as One ... retreat" are named events, "an IOM
   * workshop" is not.
   */
  private static boolean namedEnough(List<String> words) {
    String adjective = words.size() >= 2 ? words.get(words.size() - 2) : "";
    boolean hasAdjective = Pattern.matches(ADJECTIVES, adjective);
    long named = words.subList(0, words.size() - 1).stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
    return named >= 2 || (hasAdjective && named >= 1);
  }

  private static int trimEnd(WordView view, int from, int to) {
    List<String> words = view.words();
    while (to > from) {
      String last = words.get(to - 1);
      if (CONNECTORS.contains(last) || last.equals(",") || last.equals("\u201d") || last.equals("\"") || last.equals("\u201c")) {
        to--;
      } else {
        break;
      }
    }
    return to;
  }

  private static boolean hasHead(WordView view, int from, int to) {
    for (int i = from; i < to; i++) {
      if (HEADS.contains(view.words().get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where candidates overlap, the longer one, then the earlier one. */
  private static List<Found> withoutOverlaps(List<Found> found) {
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(b.to() - b.from(), a.to() - a.from()));
    List<Found> out = new ArrayList<>();
    for (Found candidate : sorted) {
      boolean overlaps = false;
      for (int i = 0; i < out.size(); i++) {
        Found kept = out.get(i);
        if (candidate.from() < kept.to() && kept.from() < candidate.to()) {
          overlaps = true;
          if (candidate.to() - candidate.from() > kept.to() - kept.from()) {
            out.set(i, candidate);
          }
          break;
        }
      }
      if (!overlaps) {
        out.add(candidate);
      }
    }
    return out;
  }
}
