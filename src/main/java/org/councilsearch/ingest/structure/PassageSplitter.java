package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an over-long passage into pieces of at most a given length, at sentence ends where it can,
 * else at a space, else anywhere (never inside a surrogate pair). Linear in the text's length.
 */
final class PassageSplitter {
  private PassageSplitter() {}

  static List<String> split(String text, int max) {
    if (max < 10) {
      throw new IllegalArgumentException("max too small: " + max);
    }
    if (text.length() <= max) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>(text.length() / max + 2);
    int n = text.length();
    int start = 0;
    while (n - start > max) {
      int limit = start + max;
      int floor = start + max / 3;
      int cut = -1;
      for (int p = limit - 1; p > floor; p--) {
        char c = text.charAt(p);
        if ((c == '.' || c == '?' || c == '!' || c == ';') && text.charAt(p + 1) == ' ') {
          cut = p + 1;
          break;
        }
      }
      if (cut < 0) {
        for (int p = limit; p > floor; p--) {
          if (text.charAt(p) == ' ') {
            cut = p;
            break;
          }
        }
      }
      if (cut < 0) {
        cut = limit;
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > start + 1) {
          cut--;
        }
      }
      String piece = text.substring(start, cut).strip();
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
      start = cut;
      while (start < n && text.charAt(start) == ' ') {
        start++;
      }
    }
    String last = text.substring(start).strip();
    if (!last.isEmpty()) {
      pieces.add(last);
    }
    return pieces;
  }
}
