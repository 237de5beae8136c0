/**
 * Reads cleaned text into the paper's own structure (numbered paragraphs, items, annex items,
 * headings) and its {@link org.councilsearch.model.PaperMetadata} (title, year, symbol, session,
 * organization, meeting). No I/O.
 */
package org.councilsearch.ingest.structure;
