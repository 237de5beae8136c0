package org.councilsearch.ingest.structure;

import java.util.Set;

/**
 * How a heading is capitalised. A paper that lost its heading numbers (a PDF without the Roman
 * numerals) still tells its levels apart this way: "Inter-agency involvement" (sentence case) over
 * "Inter-Agency Network on Women and Gender Equality" (title case).
 */
enum HeadingStyle {
  UPPER,
  TITLE,
  SENTENCE,
  /** Too few words to tell, such as "Introduction". */
  UNKNOWN;

  private static final Set<String> MINOR =
      Set.of(
          "from", "with", "into", "onto", "their", "than", "that", "this", "these", "those",
          "among", "between", "against", "within", "without", "about", "across", "after",
          "before", "during", "upon", "towards", "through", "under", "over", "including", "such",
          "and", "the", "for");

  static HeadingStyle of(String heading) {
    if (TextShapes.isAllCaps(heading)) {
      return UPPER;
    }
    String[] words = heading.strip().split("\\s+");
    int significant = 0;
    int capitalised = 0;
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.length() < 4 || !Character.isLetter(w.charAt(0)) || MINOR.contains(w)) {
        continue;
      }
      significant++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
    }
    if (significant == 0) {
      return UNKNOWN;
    }
    return capitalised * 2 > significant ? TITLE : SENTENCE;
  }

  boolean compatibleWith(HeadingStyle other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
