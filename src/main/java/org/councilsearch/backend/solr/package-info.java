/**
 * A SolrCloud collection as the index: {@link org.councilsearch.backend.solr.SolrBackend} opens
 * it, {@link org.councilsearch.backend.solr.SolrSchema} generates its configset from the one
 * {@link org.councilsearch.index.Schema} (for {@code solr-config}). Everything else is
 * package-private: the cluster connection, the store, and the view that writes the embedded
 * index's Lucene queries in Solr's syntax.
 */
package org.councilsearch.backend.solr;
