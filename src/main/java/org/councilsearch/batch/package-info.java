/**
 * Batch search: a file of queries (CSV or one per line) run one after another, each query's count
 * and first passages kept, downloadable as CSV and JSON Lines; one bad row costs nothing else.
 */
package org.councilsearch.batch;
