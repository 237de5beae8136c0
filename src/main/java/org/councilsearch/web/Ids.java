package org.councilsearch.web;

import org.councilsearch.state.UnknownIdException;

/** Reads the number in an address such as /api/saved-searches/{id}; anything else is not found. */
final class Ids {
  private Ids() {}

  /**
   * @param what "saved search" or "batch search", for the message
   * @throws UnknownIdException when {@code given} is not a plain number
   */
  static long parse(String given, String what) {
    if (given != null && given.matches("[0-9]{1,18}")) {
      return Long.parseLong(given);
    }
    String shown = given == null ? "" : given.length() > 30 ? given.substring(0, 30) + "..." : given;
    throw new UnknownIdException("no " + what + " has the id '" + shown + "'; ids are numbers");
  }
}
