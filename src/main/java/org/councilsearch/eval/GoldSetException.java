package org.councilsearch.eval;

import java.util.List;

/** The gold set cannot be used: unreadable lines, or lines that match no passage or several. */
public final class GoldSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public GoldSetException(List<String> problems) {
    super(problems.size() + " problem(s) with the entity gold set:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, naming the gold line it concerns. */
  public List<String> problems() {
    return problems;
  }
}
