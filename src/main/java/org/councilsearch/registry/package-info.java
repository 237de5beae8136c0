/**
 * The registry of organizations: each organization's names and acronyms in English, French and
 * Spanish, its governing bodies, its symbol series and its predecessors, read from {@code
 * organizations.json}. Ingest reads a paper's own organization through it and the taggers read
 * names through it, so it sits below both and imports nothing of ours but {@code model}.
 */
package org.councilsearch.registry;
