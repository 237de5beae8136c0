package org.councilsearch.ingest.clean;

import java.util.function.UnaryOperator;

/**
 * One small, pure text transformation. Implementations are stateless and thread-safe, never return
 * null, treat a null input as empty text and run in time linear in the input.
 */
@FunctionalInterface
public interface TextFilter extends UnaryOperator<String> {
  @Override
  String apply(String text);

  /** This filter, then {@code next}. */
  default TextFilter then(TextFilter next) {
    return text -> next.apply(apply(text));
  }
}
