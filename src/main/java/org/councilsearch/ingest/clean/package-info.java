/** Small pure text filters that remove extraction scars: hyphenation at line ends, soft wraps, bullet glyphs, Markdown markup, page headers. No I/O. */
package org.councilsearch.ingest.clean;
