package org.councilsearch.model;

/**
 * One ranked passage in a search result, with what a reader needs to cite it.
 *
 * @param id the passage id
 * @param source the paper's file name within the corpus
 * @param title the paper's title
 * @param year the year the paper reports on, or null
 * @param paragraph the printed paragraph number, or null when the passage has none
 * @param section the heading path, "I. INTRODUCTION > ...", or empty
 * @param score the ranking score; comparable only within one result
 * @param text the whole passage text
 * @param snippet the best-matching part of the text as HTML: the text is escaped and matched words
 *     are wrapped in {@code <mark>}, so it can be shown as is and no markup can be forged by the text
 */
public record Hit(
    String id,
    String source,
    String title,
    Integer year,
    String paragraph,
    String section,
    float score,
    String text,
    String snippet) {}
