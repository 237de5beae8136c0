package org.councilsearch.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.Event;

/**
 * Turns event names into {@link Event}s: the date the same sentence gives for it, the place
 * where the sentence says it was held, and the organizations that organized it or took part
 * where the sentence says so. When the naming sentence gives no date, a later sentence that
 * refers back to the event ("the retreat", "This ten-day workshop") may. Stateless.
 */
final class EventAssembler {
  /** Verbs and phrases saying that organizations organized, hosted or took part in something. */
  private static final Pattern TAKING_PART =
      Pattern.compile(
          "\\b(?:co-?organi[sz]|organi[sz]|co-?host|host|participat|took part|take part|taking part|attend|marked|mark"
              + "|sponsor|collaborat|in cooperation|cooperat|co-operat|partner|chair|conven|support|facilitat|contribut"
              + "|jointly|joint|launch|present|introduc|led|lead|invited|brought together|gathered|signed|held by)",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> LOCATIVES = Set.of("in", "at", "(", "near");
  private static final Pattern QUOTES = Pattern.compile("[\u201c\u201d\"]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * An event as one passage knows it; {@code key} compares names whatever their spelling.
   */
  record Draft(String key, String name, String type, LocalDate start, LocalDate end, String place, List<String> organizations) {
    Draft {
      organizations = List.copyOf(organizations);
    }

    /** This draft, with what it lacks taken from another description of the same event. */
    Draft completedBy(Draft other) {
      Set<String> orgs = new LinkedHashSet<>(organizations);
      orgs.addAll(other.organizations);
      boolean dated = start != null;
      return new Draft(
          key,
          name,
          type,
          dated ? start : other.start,
          dated ? end : other.end,
          place != null ? place : other.place,
          List.copyOf(orgs));
    }

    Event toEvent() {
      return new Event(name, type, start, end, place, organizations);
    }
  }

  /** Events named in the text, in order, each described by the sentence naming it. */
  List<Draft> named(TaggedText text) {
    List<Draft> out = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      List<Mention> events = text.mentions().get(s).stream().filter(m -> m.kind() == EntityKind.EVENT).toList();
      for (int e = 0; e < events.size(); e++) {
        int nextStart = e + 1 < events.size() ? events.get(e + 1).start() : text.sentences().get(s).end();
        out.add(describe(text, s, events.get(e), events.get(0).start(), nextStart));
      }
    }
    return out;
  }

  /**
   * An event named in a heading, described by the first passage beneath it: by the sentences
   * that refer to it ("this workshop", "During the Conference"), else by the whole passage.
   */
  Draft beneathHeading(TaggedText heading, Mention event, TaggedText passage) {
    String name = name(heading.text(), event, heading.all());
    List<Integer> referring = referringSentences(passage, event, -1);
    List<Integer> describing = referring.isEmpty() ? allSentences(passage) : referring;
    List<String> orgs = new ArrayList<>(inside(heading.all(), event));
    describing.forEach(s -> orgs.addAll(takingPart(passage, s)));
    List<Integer> order = new ArrayList<>(describing);
    allSentences(passage).stream().filter(s -> !order.contains(s)).forEach(order::add);
    LocalDate start = null;
    LocalDate end = null;
    String place = null;
    for (int s : order) {
      DateMention date = firstDate(passage.datesIn(s));
      if (date != null) {
        start = date.span().start();
        end = date.span().end();
        place = placeFor(passage, passage.mentions().get(s), date.start(), null);
        break;
      }
    }
    if (start == null && !describing.isEmpty()) {
      int first = describing.get(0);
      place = placeFor(passage, passage.mentions().get(first), passage.sentences().get(first).start(), null);
    }
    return new Draft(key(event, name), name, event.type(), start, end, place, distinct(orgs));
  }

  /**
   * An event as the sentence naming it describes it; when that sentence has no date, the first
   * later sentence that refers back to the event and has one gives date and place together.
   */
  private Draft describe(TaggedText text, int s, Mention event, int firstEventStart, int nextStart) {
    List<Mention> mentions = text.mentions().get(s);
    String name = name(text.text(), event, mentions);
    List<String> orgs = new ArrayList<>(inside(mentions, event));
    orgs.addAll(takingPart(text, s));
    DateMention date = dateFor(text.datesIn(s), event.start(), event.end(), firstEventStart, nextStart);
    String place = placeFor(text, mentions, date != null ? date.start() : event.end(), event);
    for (int other : referringSentences(text, event, s)) {
      orgs.addAll(takingPart(text, other));
      DateMention later = date == null ? firstDate(text.datesIn(other)) : null;
      if (later != null) {
        date = later;
        if (place == null) {
          place = placeFor(text, text.mentions().get(other), later.start(), null);
        }
      }
    }
    return new Draft(
        key(event, name),
        name,
        event.type(),
        date == null ? null : date.span().start(),
        date == null ? null : date.span().end(),
        place,
        distinct(orgs));
  }

  /** The organizations of a sentence that says someone organized, hosted or took part in something. */
  private static List<String> takingPart(TaggedText text, int s) {
    if (!TAKING_PART.matcher(text.sentenceText(s)).find()) {
      return List.of();
    }
    return text.mentions().get(s).stream()
        .filter(m -> m.kind() == EntityKind.ORGANIZATION)
        .map(Mention::ref)
        .toList();
  }

  private static List<String> distinct(List<String> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  /**
   * The date nearest after the event and before the next event of the sentence ("the Expert
   * Meeting ..., held on 10 and 11 March 2009, and the Public Symposium ..., held on 18 and 19
   * May 2009"), else the date nearest before the sentence's first event, which dates the whole
   * sentence ("In Geneva, on 6 February 2009, GIC marked the ... Day"). A bare year counts only
   * right next to the name ("International Women’s Day 2012", "... Development in 2006").
   */
  private static DateMention dateFor(List<DateMention> dates, int start, int end, int firstEventStart, int nextStart) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention date : dates) {
      if (date.start() >= end && date.start() <= nextStart) {
        int distance = date.start() - end;
        if ((date.precision() != DateMention.Precision.YEAR || distance <= 4) && distance < bestDistance) {
          best = date;
          bestDistance = distance;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (DateMention date : dates) {
      if (date.end() <= firstEventStart && date.precision() != DateMention.Precision.YEAR) {
        best = date;
      }
    }
    return best;
  }

  private static DateMention firstDate(List<DateMention> dates) {
    return dates.stream().filter(d -> d.precision() != DateMention.Precision.YEAR).findFirst().orElse(null);
  }

  /**
   * The place the sentence says the event was held: a place after "in", "at" or "(", nearest to
   * the date (or the name), and a city rather than the country after it ("in Haifa, Israel").
   */
  private static String placeFor(TaggedText text, List<Mention> mentions, int anchor, Mention event) {
    List<Mention> places = mentions.stream().filter(m -> m.kind() == EntityKind.PLACE).toList();
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < places.size(); i++) {
      Mention place = places.get(i);
      if (event != null && event.contains(place)) {
        continue;
      }
      if (!locative(text.text(), place) && !(i > 0 && locative(text.text(), places.get(i - 1)) && between(text.text(), places.get(i - 1), place).equals(", "))) {
        continue;
      }
      int distance = Math.min(Math.abs(place.start() - anchor), Math.abs(place.end() - anchor));
      if (distance < bestDistance) {
        best = place;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return null;
    }
    int index = places.indexOf(best);
    if (index > 0 && between(text.text(), places.get(index - 1), best).equals(", ")) {
      return places.get(index - 1).ref();
    }
    return best.ref();
  }

  private static boolean locative(String text, Mention place) {
    String before = text.substring(0, place.start()).stripTrailing();
    if (before.endsWith("(")) {
      return true;
    }
    String[] words = before.split("\\s+");
    int last = words.length - 1;
    if (last >= 0 && words[last].equalsIgnoreCase("the")) {
      last--;
    }
    return last >= 0 && LOCATIVES.contains(words[last].toLowerCase(Locale.ROOT));
  }

  private static String between(String text, Mention first, Mention second) {
    return first.end() <= second.start() ? text.substring(first.end(), second.start()) : "";
  }

  /** Other sentences that refer back to the event: "the retreat", "this two-day expert meeting", "During the Conference". */
  private static List<Integer> referringSentences(TaggedText text, Mention event, int naming) {
    Set<String> heads = new LinkedHashSet<>();
    for (String word : event.text().split("[\\s\\-]+")) {
      if (EventFinder.HEADS.contains(word) || EventFinder.HEADS.contains(capitalize(word))) {
        heads.add(word.toLowerCase(Locale.ROOT));
      }
    }
    heads.add(event.type());
    heads.remove("event");
    Pattern refer =
        Pattern.compile(
            "\\b(?:the|this|that)\\s+(?:[\\w\\-]+\\s+){0,2}(?:" + String.join("|", heads) + ")\\b", Pattern.CASE_INSENSITIVE);
    List<Integer> out = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      if (s != naming && refer.matcher(text.sentenceText(s)).find()) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Integer> allSentences(TaggedText text) {
    List<Integer> all = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      all.add(s);
    }
    return all;
  }

  private static List<String> inside(List<Mention> mentions, Mention event) {
    return mentions.stream()
        .filter(m -> m.kind() == EntityKind.ORGANIZATION && event.contains(m))
        .map(Mention::ref)
        .distinct()
        .toList();
  }

  /**
   * The event's name as written, without quotes, and with a long form the paper spells out
   * before its acronym read as the acronym: "Seventeenth Organization for Security and
   * Co-operation in Europe (OSCE) Economic and Environmental Forum" is the "Seventeenth OSCE
   * Economic and Environmental Forum" of the heading above it.
   */
  static String name(String text, Mention event, List<Mention> mentions) {
    String written = text.substring(event.start(), event.end());
    for (Mention org : mentions) {
      if (org.kind() != EntityKind.ORGANIZATION || !event.contains(org) || org.length() == event.length()) {
        continue;
      }
      // Token positions count within a sentence: in a heading of two sentences, an organization
      // of the second can look "inside" an event of the first. Only characters tell.
      if (org.start() < event.start() || org.end() > event.end()) {
        continue;
      }
      String rest = text.substring(org.end(), event.end());
      Matcher acronym = Pattern.compile("^\\s*\\(\\s*([\\p{Lu}][\\p{L}\\d\\-]+)\\s*\\)").matcher(rest);
      if (acronym.find()) {
        String longForm = text.substring(org.start(), org.end() + acronym.end());
        written = written.replace(longForm, acronym.group(1));
      }
    }
    return tidy(written);
  }

  /** A name without quotes, doubled spaces or a leading "the". */
  static String tidy(String name) {
    String tidy = SPACES.matcher(QUOTES.matcher(name).replaceAll("")).replaceAll(" ").strip();
    return tidy.regionMatches(true, 0, "the ", 0, 4) ? tidy.substring(4) : tidy;
  }

  /** Known events compare by canonical name, others by their name folded. */
  private static String key(Mention event, String name) {
    return Folding.key(event.source() == Mention.Source.GAZETTEER ? event.ref() : name);
  }

  private static String capitalize(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
