/**
 * Measurement: a generator of synthetic archives built from the bundled corpus, and the
 * benchmarks (indexing, queries, start-up, growth) that run on them. Nothing here runs in the
 * default test run; the command line reaches it through {@code generate} and {@code bench}.
 *
 * <p>Depends on {@code app}, {@code ingest}, {@code index} and {@code search}, never on {@code cli};
 * Lucene stays behind {@code SearchService}, so a benchmark measures what users get.
 */
package org.councilsearch.bench;
