package org.xiezhi.indexer.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;

/**
 * Administration of a SolrCloud cluster through ZooKeeper: connecting from a
 * {@code HOST:PORT[,HOST:PORT…][/chroot]} address, uploading a configset, creating a collection and
 * waiting until every replica is active, reading a file of a collection's configset.
 */
public final class SolrCluster {
  private SolrCluster() {}

  /** A cloud client for a ZooKeeper address such as {@code zk1:2181,zk2:2181/solr}. */
  public static CloudSolrClient connect(String zkHost) {
    if (zkHost == null || zkHost.isBlank()) {
      throw new IllegalArgumentException("ZooKeeper address is empty (expected HOST:PORT[/chroot])");
    }
    String z = zkHost.strip();
    int slash = z.indexOf('/');
    String hosts = slash < 0 ? z : z.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(z.substring(slash));
    List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    for (String h : list) {
      if (!h.matches("[^:/\\s]+:\\d{1,5}")) {
        throw new IllegalArgumentException("ZooKeeper host must be HOST:PORT, not \"" + h + "\" in " + zkHost);
      }
    }
    return new CloudSolrClient.Builder(list, chroot).build();
  }

  private static SolrZkClient zk(CloudSolrClient client) {
    return ZkClientClusterStateProvider.from(client).getZkStateReader().getZkClient();
  }

  /** Uploads (replaces) the configset in {@code dir} under {@code name}. */
  public static void uploadConfigset(CloudSolrClient client, Path dir, String name) throws IOException {
    ZkMaintenanceUtils.uploadToZK(zk(client), dir, "/configs/" + name, null);
  }

  /** True when the collection exists. */
  public static boolean exists(CloudSolrClient client, String collection) throws IOException {
    return client.getClusterStateProvider().getState(collection) != null;
  }

  /**
   * Creates a collection on configset {@code config} with {@code shards} shards of
   * {@code replicas} replicas each and waits (up to {@code timeoutSeconds}) until all are active.
   */
  public static void createCollection(CloudSolrClient client, String collection, String config, int shards,
      int replicas, int timeoutSeconds) throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("shards and replicas must be ≥ 1");
    }
    try {
      CollectionAdminRequest.createCollection(collection, config, shards, replicas).process(client);
    } catch (SolrServerException e) {
      throw new IOException("cannot create collection " + collection + ": " + e.getMessage(), e);
    }
    waitForActive(client, collection, shards * replicas, timeoutSeconds);
  }

  /** Waits until {@code collection} has {@code replicas} active replicas on live nodes. */
  public static void waitForActive(CloudSolrClient client, String collection, int replicas, int timeoutSeconds)
      throws IOException {
    try {
      ZkClientClusterStateProvider.from(client).getZkStateReader().waitForState(collection, timeoutSeconds,
          TimeUnit.SECONDS, (live, c) -> c != null && activeReplicas(c, live) >= replicas);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for " + collection, e);
    } catch (TimeoutException e) {
      throw new IOException("collection " + collection + " has not " + replicas + " active replicas after "
          + timeoutSeconds + " s", e);
    }
  }

  private static int activeReplicas(DocCollection c, java.util.Set<String> live) {
    int n = 0;
    for (Replica r : c.getReplicas()) {
      if (r.getState() == Replica.State.ACTIVE && live.contains(r.getNodeName())) {
        n++;
      }
    }
    return n;
  }

  /** A file of the configset a collection was created with. */
  public static String configFile(CloudSolrClient client, String collection, String file) throws IOException {
    DocCollection c = client.getClusterStateProvider().getCollection(collection);
    if (c == null) {
      throw new IOException("no collection " + collection + " in SolrCloud");
    }
    String path = "/configs/" + c.getConfigName() + "/" + file;
    try {
      return new String(zk(client).getData(path, null, null, true), StandardCharsets.UTF_8);
    } catch (org.apache.zookeeper.KeeperException e) {
      throw new IOException("cannot read " + path + " from ZooKeeper: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
