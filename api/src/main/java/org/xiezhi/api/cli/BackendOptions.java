package org.xiezhi.api.cli;

import java.nio.file.Path;
import org.xiezhi.indexer.backend.BackendConfig;
import picocli.CommandLine.Option;

/**
 * The options that choose where cases are indexed and searched: the embedded Lucene index
 * (default) or a SolrCloud collection ({@code --backend solr --zk-host HOST:PORT/solr --collection NAME}).
 */
public final class BackendOptions {
  @Option(names = "--backend", description = "embedded (default) or solr")
  String backend = "embedded";

  @Option(names = "--zk-host", paramLabel = "HOST:PORT[/chroot]",
      description = "ZooKeeper of the SolrCloud (with --backend solr), e.g. zk1:2181,zk2:2181/solr")
  String zkHost;

  @Option(names = "--collection", description = "SolrCloud collection (with --backend solr)")
  String collection;

  @Option(names = "--shards", description = "shards of a collection that --backend solr creates (default ${DEFAULT-VALUE})")
  int shards = 2;

  @Option(names = "--replicas", description = "replicas of each shard of a collection that --backend solr creates (default ${DEFAULT-VALUE})")
  int replicas = 2;

  /** True when a SolrCloud collection was chosen. */
  public boolean solr() {
    return BackendConfig.Kind.parse(backend) == BackendConfig.Kind.SOLR;
  }

  /** The validated configuration; {@code dataDir} is the embedded index folder. */
  public BackendConfig config(Path dataDir) {
    BackendConfig.Kind kind = BackendConfig.Kind.parse(backend);
    if (kind == BackendConfig.Kind.EMBEDDED && (zkHost != null || collection != null)) {
      throw new IllegalArgumentException("--zk-host and --collection go with --backend solr");
    }
    if (shards < 1 || shards > 1024 || replicas < 1 || replicas > 16) {
      throw new IllegalArgumentException("--shards must be 1..1024 and --replicas 1..16");
    }
    return new BackendConfig(kind, dataDir, zkHost, collection);
  }
}
