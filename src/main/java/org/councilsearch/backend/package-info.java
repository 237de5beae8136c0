/**
 * The seam between the pipeline and a search engine: {@link org.councilsearch.backend.Backend}
 * opens a {@link org.councilsearch.index.PaperStore} to write and a {@link
 * org.councilsearch.search.PassageIndex} to read. Each engine lives in a package of its own
 * ({@code lucene}, {@code solr}) with one public class; {@code app} chooses one from the
 * configuration. May use index, search and model; nothing below {@code app} uses it.
 */
package org.councilsearch.backend;
