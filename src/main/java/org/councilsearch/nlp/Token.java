package org.councilsearch.nlp;

/**
 * One token of a text as the tagger sees it.
 *
 * @param text the characters as written
 * @param start offset of its first character in the text
 * @param end offset just after its last character
 */
public record Token(String text, int start, int end) {}
