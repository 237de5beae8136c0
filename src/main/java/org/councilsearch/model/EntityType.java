package org.councilsearch.model;

/** The kinds of entity tagging finds. */
public enum EntityType {
  ORGANIZATION,
  EVENT,
  PLACE,
  PERSON,
  DATE
}
