/** The composition root: builds the pipeline once and hands it to the command line and the server. */
package org.councilsearch.app;
