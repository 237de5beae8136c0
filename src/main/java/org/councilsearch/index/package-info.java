/** The Lucene schema and the writer. Takes PaperContent; puts out an index on disk that changes atomically, one commit per run. The only package besides search that sees Lucene. */
package org.councilsearch.index;
