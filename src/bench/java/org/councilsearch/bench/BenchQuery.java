package org.councilsearch.bench;

import org.councilsearch.search.SearchRequest;

/**
 * One query of the benchmark mix.
 *
 * @param type the kind of question (year, acronym, organization, collaboration, phrase, syntax,
 *     keyword, filtered), for per-type figures
 * @param request the search as a user would ask it, filters included
 */
public record BenchQuery(String type, SearchRequest request) {}
