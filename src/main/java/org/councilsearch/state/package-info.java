/**
 * What the product remembers for its users beside the index: one embedded SQLite database,
 * created and migrated by the product, shared by the server and the command line.
 */
package org.councilsearch.state;
