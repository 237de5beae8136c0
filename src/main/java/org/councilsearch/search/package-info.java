/** Reads the index: ranks passages for a query, highlights them, and reads whole papers back. Never writes to the index. */
package org.councilsearch.search;
