package org.xiezhi.eval.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Starts a SolrCloud of 2 nodes in this JVM, prints its ZooKeeper address and runs until
 * stopped: a cluster to try {@code ./xiezhi index|serve --backend solr} on a machine without one.
 */
public final class MiniCloud {
  private MiniCloud() {}

  public static void main(String[] args) throws Exception {
    MiniSolrCloudCluster cloud = TestCloud.start(Files.createTempDirectory("xiezhi-minicloud"), 2);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cloud.shutdown();
      } catch (Exception e) {
        System.err.println("shutdown: " + e);
      }
    }));
    System.out.println("zk-host " + cloud.getZkServer().getZkAddress());
    Thread.currentThread().join();
  }
}
