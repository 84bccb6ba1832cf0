package org.xiezhi.eval.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/** Starts a SolrCloud with ZooKeeper in this JVM (solr-test-framework). */
public final class TestCloud {
  private static MiniSolrCloudCluster shared;

  private TestCloud() {}

  /** {@code nodes} Solr nodes under {@code dir}; queries may hold up to 16,384 clauses. */
  public static MiniSolrCloudCluster start(Path dir, int nodes) throws Exception {
    System.setProperty("solr.max.booleanClauses", "16384");
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    return new MiniSolrCloudCluster.Builder(nodes, dir.resolve("cloud")).withMetrics(false).build();
  }

  /**
   * One cloud of 2 nodes shared by the test classes of this JVM (each uses collections of its own),
   * shut down when the JVM exits: the cluster starts once.
   */
  public static synchronized MiniSolrCloudCluster shared() throws Exception {
    if (shared == null) {
      Path dir = Files.createTempDirectory("xiezhi-test-cloud");
      MiniSolrCloudCluster c = start(dir, 2);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          c.shutdown();
        } catch (Exception e) {
          System.err.println("test cloud shutdown: " + e);
        }
      }));
      shared = c;
    }
    return shared;
  }
}
