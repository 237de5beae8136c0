package org.councilsearch.bench;

/**
 * Start-up on an existing index.
 *
 * @param machine where it ran
 * @param index the index opened
 * @param openMs opening the index and building the search services (gazetteer, acronyms)
 * @param firstSearchMs the first search, answered in full (facets, highlighting)
 * @param readyMs open plus first search: the time from opening to the first answer
 * @param sinceJvmStartMs from the JVM's start to the first answer, the JVM's own start-up included
 */
public record StartupFigures(
    Machine machine, String index, double openMs, double firstSearchMs, double readyMs, double sinceJvmStartMs) {}
