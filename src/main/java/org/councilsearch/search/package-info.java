/**
 * Reads the index: ranks passages for a query, highlights them, and reads whole papers back. Query
 * understanding (QueryInterpreter, RankingQueries, MatchPlan) builds Lucene queries once; a
 * {@link org.councilsearch.search.PassageIndex} runs them on whichever engine {@code backend}
 * opened, through {@link org.councilsearch.search.IndexView}. Never writes to the index.
 */
package org.councilsearch.search;
