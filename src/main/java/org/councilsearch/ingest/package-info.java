/** Files to clean text to passages and metadata. Takes a corpus directory; puts out PaperContent records. Tika is used only here. Never writes to the index. */
package org.councilsearch.ingest;
