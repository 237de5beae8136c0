/**
 * Reads the index: ranks passages for a query, highlights them, and reads whole papers back. Query
 * understanding (QueryInterpreter, RankingQueries, MatchPlan) builds Lucene queries once; a
 * {@link org.councilsearch.search.PassageIndex} runs them on the embedded index (LuceneIndex) or
 * on a SolrCloud collection (SolrIndex, which writes them in Solr's syntax). Never writes to the
 * index.
 */
package org.councilsearch.search;
