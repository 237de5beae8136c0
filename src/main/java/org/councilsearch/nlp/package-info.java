/**
 * Entity tagging: finds the organizations, dates, events, places and people of every passage of a
 * paper, with Apache OpenNLP and a curated gazetteer. The composition root loads {@link
 * org.councilsearch.nlp.NlpModels} and {@link org.councilsearch.nlp.Gazetteer} once and builds
 * one {@link org.councilsearch.nlp.OpenNlpTagger}, which indexing threads share. OpenNLP imports
 * stay in this package and {@code nlp.train}.
 */
package org.councilsearch.nlp;
