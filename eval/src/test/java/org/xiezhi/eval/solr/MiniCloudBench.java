package org.xiezhi.eval.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.xiezhi.eval.BenchBackendsCommand;
import picocli.CommandLine;

/**
 * Runs {@code bench backends} against a SolrCloud of 2 nodes started in this JVM (for a machine
 * without a cluster): the arguments are those of the command without {@code --zk-host}. See
 * docs/solr.md for the class path.
 */
public final class MiniCloudBench {
  private MiniCloudBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-minicloud");
    MiniSolrCloudCluster cloud = TestCloud.start(dir, 2);
    int rc;
    try {
      List<String> a = new ArrayList<>(Arrays.asList(args));
      a.add("--zk-host");
      a.add(cloud.getZkServer().getZkAddress());
      rc = new CommandLine(new BenchBackendsCommand()).execute(a.toArray(String[]::new));
    } finally {
      cloud.shutdown();
    }
    System.exit(rc);
  }
}
