package org.councilsearch.nlp;

/**
 * A paper's own definition of an acronym: "Inter-Parliamentary Union (IPU)" or "CCNAPC
 * (Caribbean Coalition of National AIDS Programme Coordinators)".
 *
 * @param longForm the words the acronym stands for, as written
 * @param acronym the acronym as written
 */
record AcronymDefinition(String longForm, String acronym) {}
