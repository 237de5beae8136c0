/**
 * The composition root: builds the pipeline once, chooses the engine ({@code backend}) from an
 * {@link org.councilsearch.app.IndexConfig}, and hands the result to the command line and the
 * server.
 */
package org.councilsearch.app;
