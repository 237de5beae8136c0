package org.councilsearch.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.councilsearch.index.Schema;
import org.councilsearch.backend.solr.SolrSchema;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real SolrCloud on loopback for the Solr ITs: an embedded ZooKeeper and {@value #NODES} Solr
 * nodes ({@code MiniSolrCloudCluster}), with the project's generated configset uploaded.
 *
 * <p>Starting one costs some seconds of CPU, so every Solr IT in a JVM shares one: a test class
 * says {@code @ExtendWith(SolrCloud.Shared.class)} and takes a {@code SolrCloud} parameter; the
 * cluster starts on first use and shuts down when the test run ends. The class is also tagged
 * {@code @Tag("solrcloud")}, which sends it to the "solr" failsafe execution. Tests share the cluster, not
 * collections: each test creates its own ({@link #createCollection(String)}), with a name of its
 * own, and deletes it when done. A test that stops a node starts it again before it ends.
 *
 * <p>Runs only in the "solr" failsafe execution, whose classpath carries Solr's Jetty 10 (the tag
 * keeps a Solr IT out of the default execution even when -Dit.test names it).
 */
public final class SolrCloud implements AutoCloseable {
  /** Nodes in the cluster: one can stop while every shard keeps a replica. */
  public static final int NODES = 3;

  public static final int SHARDS = 2;
  public static final int REPLICAS = 2;

  private static final int TIMEOUT_SECONDS = 90;

  private final MiniSolrCloudCluster cluster;
  private final Path baseDir;
  private final String configSet;

  private SolrCloud(MiniSolrCloudCluster cluster, Path baseDir, String configSet) {
    this.cluster = cluster;
    this.baseDir = baseDir;
    this.configSet = configSet;
  }

  /** Starts a cluster and uploads the configset that {@code council-search solr-config} writes. */
  public static SolrCloud start() throws Exception {
    Path baseDir = Files.createTempDirectory("solrcloud");
    SolrSchema solr = new SolrSchema(new Schema());
    Path configDir = baseDir.resolve("configset");
    solr.write(configDir);
    // Solr's test framework otherwise expects its randomized runner to have set these.
    System.setProperty("solr.log.dir", baseDir.resolve("logs").toString());
    System.setProperty("zookeeper.admin.enableServer", "false");
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(NODES, baseDir.resolve("nodes"))
            .addConfig(solr.configSetName(), configDir)
            .withMetrics(false)
            .build();
    return new SolrCloud(cluster, baseDir, solr.configSetName());
  }

  /** The nodes' base URLs (http://127.0.0.1:PORT/solr), as a user passes them to --solr. */
  public List<String> urls() {
    List<String> urls = new ArrayList<>();
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      urls.add(node.getBaseUrl().toString());
    }
    return urls;
  }

  /** The {@code --solr} value that names every node. */
  public String solrOption() {
    return String.join(",", urls());
  }

  /** The name of the uploaded configset. */
  public String configSet() {
    return configSet;
  }

  /**
   * Creates an empty collection of {@value #SHARDS} shards × {@value #REPLICAS} replicas with the
   * project's configset, papers routed by paper id as {@code index --full} makes them, and waits
   * until every replica is active.
   */
  public void createCollection(String name) throws IOException, SolrServerException {
    createCollection(name, configSet);
  }

  /** Creates a collection as {@link #createCollection(String)} does, with another configset. */
  public void createCollection(String name, String configSetName)
      throws IOException, SolrServerException {
    CollectionAdminRequest.createCollection(name, configSetName, SHARDS, REPLICAS)
        .setRouterField(SolrSchema.ROUTE_FIELD)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(name, TIMEOUT_SECONDS, TimeUnit.SECONDS, SHARDS, SHARDS * REPLICAS);
  }

  /** Uploads the configset in {@code dir} under {@code name}. */
  public void uploadConfigSet(Path dir, String name) throws IOException {
    cluster.uploadConfigSet(dir, name);
  }

  /** Deletes a collection, or an alias and the collections it points to, if there. */
  public void delete(String name) throws IOException, SolrServerException {
    var aliases = new CollectionAdminRequest.ListAliases().process(cluster.getSolrClient()).getAliases();
    if (aliases.containsKey(name)) {
      CollectionAdminRequest.deleteAlias(name).process(cluster.getSolrClient());
      for (String collection : aliases.get(name).split(",")) {
        CollectionAdminRequest.deleteCollection(collection).process(cluster.getSolrClient());
      }
    } else if (CollectionAdminRequest.listCollections(cluster.getSolrClient()).contains(name)) {
      CollectionAdminRequest.deleteCollection(name).process(cluster.getSolrClient());
    }
  }

  /** Stops node {@code i} (0-based) as a crash or a maintenance would; its port stays reserved. */
  public void stopNode(int i) throws Exception {
    JettySolrRunner node = cluster.getJettySolrRunner(i);
    node.stop();
    cluster.waitForJettyToStop(node);
  }

  /** Starts node {@code i} again on its old port and waits until it has rejoined the cluster. */
  public void startNode(int i) throws Exception {
    JettySolrRunner node = cluster.getJettySolrRunner(i);
    node.start(true);
    cluster.waitForNode(node, TIMEOUT_SECONDS);
  }

  /** Waits until every replica of {@code collection} is active again, after a node came back. */
  public void awaitActive(String collection) {
    cluster.waitForActiveCollection(collection, TIMEOUT_SECONDS, TimeUnit.SECONDS, SHARDS, SHARDS * REPLICAS);
  }

  /** Solr's own client, for tests that check a collection directly. */
  public org.apache.solr.client.solrj.impl.CloudSolrClient client() {
    return cluster.getSolrClient();
  }

  @Override
  public void close() throws IOException {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("the test SolrCloud did not shut down cleanly", e);
    } finally {
      deleteRecursively(baseDir);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Hands every test in the JVM the same cluster, started on first use, shut down at the end. */
  public static final class Shared implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(SolrCloud.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == SolrCloud.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              "cluster",
              key -> {
                try {
                  return start();
                } catch (Exception e) {
                  throw new IllegalStateException("cannot start the test SolrCloud: " + e, e);
                }
              },
              SolrCloud.class);
    }
  }
}
