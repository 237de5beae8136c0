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

  /**
   * Where a line whose breaks were lost was broken, learned with the roles; a model that knows
   * nothing of breaks reads such a line whole.
   */
  default BreakModel breaks() {
    return BreakModel.NONE;
  }

  /** The model that reads the lines a line whose breaks were lost was cut into; this one by default. */
  default RoleModel forRunOn() {
    return this;
  }
}
