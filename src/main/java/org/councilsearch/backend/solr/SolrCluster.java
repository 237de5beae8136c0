package org.councilsearch.backend.solr;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;
import org.councilsearch.index.Schema;
import org.councilsearch.index.SolrUnavailableException;

/**
 * A SolrCloud that council-search talks to over HTTP, from the base URLs of one or more of its
 * nodes ({@code http://HOST:PORT/solr}); the cluster's state comes from the nodes, so no ZooKeeper
 * address is needed. Finds collections behind aliases, checks their schema version, uploads the
 * generated configset and builds and swaps collections for a rebuild. Every failure is a {@link
 * SolrUnavailableException} with one line saying what to do. Thread-safe, as SolrJ's client is.
 */
final class SolrCluster implements Closeable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * Pauses between tries of a failed read, in milliseconds: long enough for the cluster to notice a
   * node gone, short enough that a search still answers in seconds.
   */
  static final long[] READ_PAUSES = {100, 400, 1000, 2000};

  private final List<String> urls;
  private final CloudSolrClient client;

  private SolrCluster(List<String> urls, CloudSolrClient client) {
    this.urls = List.copyOf(urls);
    this.client = client;
  }

  /**
   * Connects to the cluster that the nodes at {@code urls} belong to.
   *
   * @throws SolrUnavailableException when none of them answers
   */
  static SolrCluster connect(List<String> urls) {
    CloudSolrClient client;
    try {
      client =
          new CloudHttp2SolrClient.Builder(urls)
              .withHttpClientBuilder(
                  new Http2SolrClient.Builder()
                      .withConnectionTimeout(10, TimeUnit.SECONDS)
                      .withIdleTimeout(120, TimeUnit.SECONDS))
              .build();
    } catch (RuntimeException e) {
      throw SolrUnavailableException.unreachable(urls, e);
    }
    try {
      client.getClusterStateProvider().getLiveNodes();
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw SolrUnavailableException.unreachable(urls, e);
    }
    return new SolrCluster(urls, client);
  }

  /** SolrJ's client, for the stores and searchers that work on this cluster. */
  CloudSolrClient client() {
    return client;
  }

  /** A request that may be sent again: a read, or a write that replaces what it writes. */
  interface Request<T> {
    T send() throws SolrServerException, IOException;
  }

  /**
   * Sends {@code request}, again after each of {@code pauses} (in milliseconds) while no node
   * answers it or a node fails it: a node that stops leaves requests in flight to it, and the
   * cluster takes a moment to route around it. A refusal (a 4xx) is not tried again; the last
   * failure is thrown as it came.
   */
  static <T> T send(Request<T> request, long... pauses) throws SolrServerException, IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return request.send();
      } catch (SolrServerException | IOException | SolrException e) {
        boolean refused = e instanceof SolrException s && s.code() >= 400 && s.code() < 500;
        if (refused || attempt >= pauses.length || !pause(pauses[attempt])) {
          throw e;
        }
      }
    }
  }

  private static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The node URLs as the user gave them, for messages. */
  String nodes() {
    return String.join(",", urls);
  }

  /** The collections behind {@code name}: an alias's collections, or the collection itself. */
  List<String> collectionsOf(String name) {
    Map<String, String> aliases = aliases();
    if (aliases.containsKey(name)) {
      return List.of(aliases.get(name).split(","));
    }
    if (collections().contains(name)) {
      return List.of(name);
    }
    throw SolrUnavailableException.missing(name, nodes());
  }

  /**
   * Checks that {@code name}, a collection or an alias, exists and was built with this schema.
   *
   * @throws SolrUnavailableException when it is missing or another version built it
   */
  void checkSchema(String name) {
    collectionsOf(name);
    String found;
    try {
      found =
          SolrSchema.versionOf(new SchemaRequest.SchemaName().process(client, name).getSchemaName());
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("cannot read the schema of collection \"" + name + "\"", e);
    }
    if (!Schema.VERSION.equals(found)) {
      throw SolrUnavailableException.schemaMismatch(name, found, nodes());
    }
  }

  /** True when {@code name} is an alias. */
  boolean isAlias(String name) {
    return aliases().containsKey(name);
  }

  /** True when {@code name} is a collection (not an alias). */
  boolean isCollection(String name) {
    return collections().contains(name);
  }

  /**
   * Creates a new empty collection for {@code alias}, named after it and the time, with the
   * project's configset (uploaded first when the cluster lacks it), papers routed to shards by
   * paper id so that a paper and its passages share one.
   */
  String createCollection(
      String alias, SolrSchema schema, int shards, int replicas, Clock clock) {
    String configSet = schema.configSetName();
    String name = alias + "_" + STAMP.format(clock.instant());
    try {
      if (!configSets().contains(configSet)) {
        upload(schema, configSet);
      }
      CollectionAdminRequest.createCollection(name, configSet, shards, replicas)
          .setRouterField(SolrSchema.ROUTE_FIELD)
          .process(client);
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("cannot create collection \"" + name + "\"", e);
    }
    return name;
  }

  /** Points {@code alias} at {@code collection}, in one step for readers. */
  void pointAlias(String alias, String collection) {
    try {
      CollectionAdminRequest.createAlias(alias, collection).process(client);
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("cannot point alias \"" + alias + "\" at \"" + collection + "\"", e);
    }
  }

  /** Deletes a collection. */
  void deleteCollection(String collection) {
    try {
      CollectionAdminRequest.deleteCollection(collection).process(client);
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("cannot delete collection \"" + collection + "\"", e);
    }
  }

  /** The number of nodes that are up. */
  int liveNodes() {
    try {
      return client.getClusterStateProvider().getLiveNodes().size();
    } catch (RuntimeException e) {
      throw SolrUnavailableException.unreachable(urls, e);
    }
  }

  private void upload(SolrSchema schema, String configSet) throws SolrServerException, IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (Map.Entry<String, String> file : schema.files().entrySet()) {
        out.putNextEntry(new ZipEntry(file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    new ConfigSetAdminRequest.Upload()
        .setConfigSetName(configSet)
        .setUploadStream(
            new ContentStreamBase.ByteArrayStream(zip.toByteArray(), configSet + ".zip", "application/zip"))
        .process(client);
  }

  private Map<String, String> aliases() {
    try {
      return new CollectionAdminRequest.ListAliases().process(client).getAliases();
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("cannot list the aliases", e);
    }
  }

  private List<String> collections() {
    try {
      return CollectionAdminRequest.listCollections(client);
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure("cannot list the collections", e);
    }
  }

  private List<String> configSets() throws SolrServerException, IOException {
    return new ConfigSetAdminRequest.List().process(client).getConfigSets();
  }

  /** A failed request: unreachable when no node answered, else the cluster's own reason. */
  SolrUnavailableException failure(String what, Exception e) {
    if (e instanceof SolrServerException || e instanceof IOException) {
      return SolrUnavailableException.unreachable(urls, e);
    }
    return SolrUnavailableException.failed(
        what + " on the SolrCloud at " + nodes() + ": " + firstLine(e.getMessage()), e);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  @Override
  public void close() {
    closeQuietly(client);
  }

  private static void closeQuietly(CloudSolrClient client) {
    try {
      client.close();
    } catch (IOException | RuntimeException e) {
      // Closing frees local resources only; nothing the user can act on.
    }
  }
}
