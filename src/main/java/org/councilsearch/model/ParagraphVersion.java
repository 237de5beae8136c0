package org.councilsearch.model;

/**
 * The same paragraph in another language version of its paper.
 *
 * @param id the passage id of the paragraph in that version
 * @param paperId the version's paper id
 * @param language the version's language, ISO 639-1 ("en", "fr", "es")
 * @param paragraph the printed paragraph number there, or null when the passage has none
 */
public record ParagraphVersion(String id, String paperId, String language, String paragraph) {}
