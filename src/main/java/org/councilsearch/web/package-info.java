/**
 * The web server: a JSON API and server-rendered pages over the same search engine the command line
 * uses. Takes an open index from {@code app}; puts out HTTP responses. It never reads files named
 * by a request (paper ids are looked up in the index), never renders request or paper text
 * unescaped, and never imports the command line.
 */
package org.councilsearch.web;
