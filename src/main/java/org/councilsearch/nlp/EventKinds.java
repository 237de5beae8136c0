package org.councilsearch.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells what kind of event a name denotes from the words in it: "Expert Meeting" is a meeting, "16
 * Days of Activism" a campaign, "Atelier régional" a workshop. The words are data per language
 * (event-kinds-LANG.txt).
 */
final class EventKinds {
  /** Kinds and the words that give them, most telling first: "Day of General Discussion" is a meeting, not a day. */
  private static final List<Map.Entry<String, Pattern>> RULES = CueWords.shipped("org/councilsearch/nlp/event-kinds").rules();

  private EventKinds() {}

  /** One of {@link org.councilsearch.model.Event#TYPES}. */
  static String typeOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Pattern> rule : RULES) {
      if (rule.getValue().matcher(lower).find()) {
        return rule.getKey();
      }
    }
    return "event";
  }
}
