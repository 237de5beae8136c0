package org.councilsearch.ingest.structure;

/**
 * A trained model of where a line whose breaks were lost was broken: the probability that a
 * printed line started at a word, given the features {@link BreakFeatures} computes there. The
 * trained implementation lives with the other statistical models in {@code nlp}.
 */
public interface BreakModel {
  /** A model that never breaks: long lines are read whole. */
  BreakModel NONE = features -> 0;

  /**
   * The layout rules alone ({@link RunOnLines#ruleBreaks}): a break wherever they put one. Lines
   * cut so look like printed lines, which is what the model of printed lines learns from them.
   */
  BreakModel RULES = features -> java.util.Arrays.asList(features).contains(BreakFeatures.RULE_BREAKS) ? 1 : 0;

  double probability(String[] features);
}
