package org.councilsearch.ingest.structure;

/**
 * A trained model of line roles: the most likely role of a line, given the features {@link
 * RoleFeatures} computed for it. The trained implementation lives with the other statistical
 * models in {@code nlp}; this stage only asks it.
 */
public interface RoleModel {
  LineRole best(String[] features);

  /**
   * How likely each role is, given the features, indexed by {@link LineRole#ordinal()}. A model
   * that knows only its best guess gives that role all the weight.
   */
  default double[] probabilities(String[] features) {
    double[] p = new double[LineRole.values().length];
    p[best(features).ordinal()] = 1;
    return p;
  }
}
