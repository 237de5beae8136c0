/** The picocli command line. Talks to app services and model records only; the only package that prints. */
package org.councilsearch.cli;
