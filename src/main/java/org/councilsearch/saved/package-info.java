/**
 * Saved searches: a query and its filters kept under a name, the passages each has shown, and
 * which passages reindexing has brought since the user last looked (the page, the Atom feeds and
 * the {@code alerts} command read them).
 */
package org.councilsearch.saved;
