package org.xiezhi.indexer.solr;

import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/** Starts a SolrCloud of two nodes with ZooKeeper in this JVM (solr-test-framework). */
final class TestCloud {
  private TestCloud() {}

  static MiniSolrCloudCluster start(Path dir, int nodes) throws Exception {
    // the similar-case query holds up to 1,000 terms; the LeCaRD queries more
    System.setProperty("solr.max.booleanClauses", "16384");
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    return new MiniSolrCloudCluster.Builder(nodes, dir.resolve("cloud")).withMetrics(false).build();
  }
}
