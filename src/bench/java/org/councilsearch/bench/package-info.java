/**
 * Measurement, kept out of the product as Lucene keeps lucene/benchmark: a generator of synthetic
 * archives built from the bundled corpus, the benchmarks that run on them (indexing, queries, HTTP,
 * SolrCloud, start-up, growth, OCR), and the generator of the figures pages of docs/. Compiled
 * from src/bench/java with the tests and run from target/council-search-bench.jar through
 * {@code generate}, {@code bench} and {@code docs}.
 *
 * <p>May use any package of the product, web included, never the reverse; Lucene stays behind
 * {@code SearchService}, so a benchmark measures what users get. Searches are measured cold unless
 * a run asks for kept results, and such figures are labelled as cache hits.
 */
package org.councilsearch.bench;
