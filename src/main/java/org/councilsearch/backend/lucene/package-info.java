/**
 * The embedded Lucene index: {@link org.councilsearch.backend.lucene.LuceneBackend} is its one
 * public class. Writing opens the directory, refuses one that holds other files, and commits once
 * per run with the schema version and the time; reading shares a lock-free searcher that follows
 * new commits and keeps per-reader caches (facet ordinals, highlighter set-up, papers read,
 * repeated searches).
 */
package org.councilsearch.backend.lucene;
