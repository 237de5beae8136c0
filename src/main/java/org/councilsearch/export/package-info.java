/**
 * Results as files people take away: CSV (every cell safe to open in a spreadsheet) with the same
 * columns from the page, the API and the command line.
 */
package org.councilsearch.export;
