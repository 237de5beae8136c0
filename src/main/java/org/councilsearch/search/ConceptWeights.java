package org.councilsearch.search;

/**
 * How much each concept of a query counts when the strict match relaxes: a concept few passages
 * have says more about what is asked than one most passages have ("UNIFEM" against "IOM" in
 * papers IOM wrote). Weights are the concepts' inverse document frequencies, as BM25 computes
 * them, turned into whole votes from 1 to {@value #MOST_VOTES} relative to the rarest concept.
 */
final class ConceptWeights {
  /** The votes of the rarest concept; a concept is never worth less than one vote. */
  static final int MOST_VOTES = 4;

  private ConceptWeights() {}

  /**
   * @param passages how many passages the index holds
   * @param having for each concept, how many passages have it
   */
  static int[] votes(long passages, long[] having) {
    double[] idf = new double[having.length];
    double most = 0;
    for (int i = 0; i < having.length; i++) {
      idf[i] = Math.log(1 + (passages - having[i] + 0.5) / (having[i] + 0.5));
      most = Math.max(most, idf[i]);
    }
    int[] votes = new int[having.length];
    for (int i = 0; i < having.length; i++) {
      long v = most <= 0 ? 1 : Math.round(MOST_VOTES * idf[i] / most);
      votes[i] = (int) Math.max(1, Math.min(MOST_VOTES, v));
    }
    return votes;
  }
}
