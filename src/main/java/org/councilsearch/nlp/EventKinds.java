package org.councilsearch.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Tells what kind of event a name denotes from the words in it: "Expert Meeting" is a meeting, "16 Days of Activism" a campaign. */
final class EventKinds {
  /** Head words and the types they give, most telling first: "Day of General Discussion" is a meeting, not a day. */
  private static final List<Map.Entry<Pattern, String>> RULES =
      List.of(
          rule("days of activism|campaign", "campaign"),
          rule("general discussion|roundtable|round-table|round table|retreat|dialogue|hearing|debate|session|sessions|segment"
                  + "|breakfast|lunch|luncheon",
              "meeting"),
          rule("workshop|workshops|seminar|seminars", "workshop"),
          rule("consultation|consultations", "consultation"),
          rule("training|course", "training"),
          rule("panel", "panel"),
          rule("forum", "forum"),
          rule("conference|conferences|symposium|colloquium|summit|congress", "conference"),
          rule("meeting|meetings", "meeting"),
          rule("day|days|week", "day"));

  private EventKinds() {}

  /** One of {@link org.councilsearch.model.Event#TYPES}. */
  static String typeOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<Pattern, String> rule : RULES) {
      if (rule.getKey().matcher(lower).find()) {
        return rule.getValue();
      }
    }
    return "event";
  }

  private static Map.Entry<Pattern, String> rule(String words, String type) {
    return Map.entry(Pattern.compile("\\b(?:" + words + ")\\b"), type);
  }
}
