package org.councilsearch.web;

/**
 * The body of every API error.
 *
 * @param error what went wrong, in a few words ("bad query", "not found")
 * @param detail one sentence saying why and, where it helps, what to do instead
 */
public record ApiError(String error, String detail) {}
