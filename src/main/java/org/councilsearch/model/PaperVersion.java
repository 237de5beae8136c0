package org.councilsearch.model;

/**
 * Another language version of a paper: the same paper under the same symbol, in another language.
 *
 * @param id the version's paper id
 * @param language its language, ISO 639-1 ("en", "fr", "es")
 */
public record PaperVersion(String id, String language) {}
