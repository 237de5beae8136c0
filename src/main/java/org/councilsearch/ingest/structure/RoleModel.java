package org.councilsearch.ingest.structure;

/**
 * A trained model of line roles: the most likely role of a line, given the features {@link
 * RoleFeatures} computed for it. The trained implementation lives with the other statistical
 * models in {@code nlp}; this stage only asks it.
 */
@FunctionalInterface
public interface RoleModel {
  LineRole best(String[] features);
}
