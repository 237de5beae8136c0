/** Reads cleaned text into the paper's own structure (numbered paragraphs, items, annex items, headings) and its metadata (year, title, symbol, session). No I/O. */
package org.councilsearch.ingest.structure;
