package org.xiezhi.indexer.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.solr.SolrBackend;
import org.xiezhi.inference.TextEmbedder;

/**
 * Which backend to search, validated at start: the embedded index in a data directory, or a
 * SolrCloud collection reached through ZooKeeper ({@code HOST:PORT[,HOST:PORT…][/chroot]}).
 */
public record BackendConfig(Kind kind, Path dataDir, String zkHost, String collection) {

  /** The two backends. */
  public enum Kind {
    EMBEDDED,
    SOLR;

    /** Parses {@code embedded} or {@code solr}. */
    public static Kind parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("backend must be embedded or solr, not " + s);
      }
    }
  }

  public BackendConfig {
    kind = kind == null ? Kind.EMBEDDED : kind;
    if (kind == Kind.EMBEDDED && dataDir == null) {
      throw new IllegalArgumentException("the embedded backend needs an index directory");
    }
    if (kind == Kind.SOLR) {
      if (zkHost == null || zkHost.isBlank()) {
        throw new IllegalArgumentException("--backend solr needs --zk-host HOST:PORT[/chroot]");
      }
      if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
        throw new IllegalArgumentException(
            "--backend solr needs --collection NAME (letters, digits, _ . -), not " + collection);
      }
    }
  }

  /** The embedded index in {@code dataDir}. */
  public static BackendConfig embedded(Path dataDir) {
    return new BackendConfig(Kind.EMBEDDED, dataDir, null, null);
  }

  /** A SolrCloud collection. */
  public static BackendConfig solr(String zkHost, String collection) {
    return new BackendConfig(Kind.SOLR, null, zkHost, collection);
  }

  /** Opens the backend for searching; {@code embedder} may be null (keyword search only). */
  public SearchBackend open(TextEmbedder embedder) throws IOException {
    return switch (kind) {
      case EMBEDDED -> new EmbeddedBackend(CaseIndex.open(dataDir, embedder));
      case SOLR -> SolrBackend.open(zkHost, collection, embedder);
    };
  }

  /**
   * Opens the backend for adding and deleting cases (the embedded index takes Lucene's write lock);
   * an index with vectors needs the embedder that built them.
   */
  public SearchBackend openForWriting(TextEmbedder embedder) throws IOException {
    return switch (kind) {
      case EMBEDDED -> new EmbeddedBackend(CaseIndex.openForWriting(dataDir, embedder));
      case SOLR -> SolrBackend.open(zkHost, collection, embedder);
    };
  }

  /** A description for logs. */
  public String describe() {
    return kind == Kind.EMBEDDED ? "embedded " + dataDir : "solr " + collection + " at " + zkHost;
  }
}
