package org.xiezhi.eval.solr;

import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/** Starts a SolrCloud with ZooKeeper in this JVM (solr-test-framework). */
public final class TestCloud {
  private TestCloud() {}

  /** {@code nodes} Solr nodes under {@code dir}; queries may hold up to 16,384 clauses. */
  public static MiniSolrCloudCluster start(Path dir, int nodes) throws Exception {
    System.setProperty("solr.max.booleanClauses", "16384");
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    return new MiniSolrCloudCluster.Builder(nodes, dir.resolve("cloud")).withMetrics(false).build();
  }
}
