/**
 * The picocli command line: one class per command, each built with the services of {@code app}
 * and working on model records and the search results. Options are checked here, and each expected
 * failure becomes one line and its own exit code. The only package that prints.
 */
package org.councilsearch.cli;
