/**
 * What the index holds and how a run writes it, whatever the engine: {@link
 * org.councilsearch.index.Schema} (every field, how papers and passages become documents, the
 * ranking), {@link org.councilsearch.index.PaperIndexer} (reads a corpus through ingest and nlp,
 * writes changed papers, commits once) and the {@link org.councilsearch.index.PaperStore} seam it
 * writes to. The stores themselves, Lucene's and SolrCloud's, live in {@code backend}.
 */
package org.councilsearch.index;
