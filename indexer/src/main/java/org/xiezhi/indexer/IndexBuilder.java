package org.xiezhi.indexer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.inference.TextEmbedder;

/**
 * Builds an index from scratch: cases (facts embedded in batches through the {@link VectorCache},
 * so a rebuild embeds only new texts), then statute articles; one segment; prints progress and, at
 * the end, the counters of every outcome.
 *
 * <p>Resumable: every {@code commitEvery} input records the build commits, recording in the
 * commit's user data the input position reached and the input's fingerprint. A build killed at any
 * point (kill -9) and started again over the same input, settings and dictionary continues from its
 * last commit; cases are written by id (update), so it ends with exactly the documents of an
 * uninterrupted build. A finished build is marked complete; the next build replaces it.
 */
public final class IndexBuilder {

  /** Build settings, validated. */
  public record Settings(
      Path dataDir, Path vectorCacheDir, LongTextStrategy strategy, int maxEmbedChars, int batchSize,
      double ramBufferMb, float bm25K1, float bm25B, int commitEvery) {

    /** Input records between two commits of a build unless told otherwise. */
    public static final int COMMIT_EVERY = 2000;

    /** Settings that commit every {@link #COMMIT_EVERY} records. */
    public Settings(Path dataDir, Path vectorCacheDir, LongTextStrategy strategy, int maxEmbedChars, int batchSize,
        double ramBufferMb, float bm25K1, float bm25B) {
      this(dataDir, vectorCacheDir, strategy, maxEmbedChars, batchSize, ramBufferMb, bm25K1, bm25B, COMMIT_EVERY);
    }

    /** The same settings committing every {@code n} input records. */
    public Settings withCommitEvery(int n) {
      return new Settings(dataDir, vectorCacheDir, strategy, maxEmbedChars, batchSize, ramBufferMb, bm25K1, bm25B, n);
    }

    public Settings {
      if (commitEvery < 1 || commitEvery > 10_000_000) {
        throw new IllegalArgumentException("commit interval must be in [1, 10000000] records, not " + commitEvery);
      }
      if (dataDir == null) {
        throw new IllegalArgumentException("data directory is required");
      }
      if (maxEmbedChars < 16 || maxEmbedChars > 8192) {
        throw new IllegalArgumentException("max embed chars must be in [16, 8192], not " + maxEmbedChars);
      }
      if (batchSize < 1 || batchSize > 1024) {
        throw new IllegalArgumentException("batch size must be in [1, 1024], not " + batchSize);
      }
      strategy = strategy == null ? LongTextStrategy.TRUNCATE : strategy;
    }

    /** Defaults: cache in {@code <dataDir>/vector-cache}, truncation to 510 characters, batches of 16. */
    public static Settings defaults(Path dataDir) {
      return new Settings(dataDir, dataDir.resolve("vector-cache"), LongTextStrategy.TRUNCATE, 510, 16, 1024, 0.9f, 0.4f);
    }
  }

  /** What happened to every record. */
  public static final class Counters {
    public long casesRead;
    public volatile long casesIndexed;
    public volatile long casesRejected;
    public long casesWithoutFacts;
    public long vectorsEmbedded;
    public long vectorsFromCache;
    public long statutesIndexed;
    public long statutesRejected;
    public double embedSeconds;
    public double totalSeconds;
    /** Input records an interrupted build had already committed (0 for a build from scratch). */
    public long resumedAfter;
    /** Commits made during the build. */
    public long commits;
    public final Map<String, String> rejects = new TreeMap<>();

    /** Counts a rejected case (from any thread) and keeps the first 50 reasons. */
    synchronized void rejectCase(String where, String reason) {
      casesRejected++;
      if (rejects.size() < 50) {
        rejects.put(where, reason);
      }
    }

    synchronized void rejectStatute(String where, String reason) {
      statutesRejected++;
      if (rejects.size() < 50) {
        rejects.put(where, reason);
      }
    }

    /** One line per counter. */
    public String report() {
      return String.format(Locale.ROOT,
          "cases read %d, indexed %d, rejected %d, without facts %d%n"
              + "vectors embedded %d (%.1f s), from cache %d%n"
              + "statutes indexed %d, rejected %d%n"
              + "total %.1f s, %d commits%s",
          casesRead, casesIndexed, casesRejected, casesWithoutFacts, vectorsEmbedded, embedSeconds,
          vectorsFromCache, statutesIndexed, statutesRejected, totalSeconds, commits,
          resumedAfter > 0 ? String.format(Locale.ROOT, "%nresumed an interrupted build after %d input records", resumedAfter) : "");
    }
  }

  /** Commit user data keys of a build in progress (see {@link BuildCheckpoints}). */
  static final String BUILD = BuildCheckpoints.BUILD;
  static final String POSITION = BuildCheckpoints.POSITION;

  private IndexBuilder() {}

  /**
   * Builds the index of {@code source} (and {@code statutes}, may be null) in the data directory,
   * replacing what is there. {@code embedder} may be null (no vectors).
   */
  public static Counters build(Settings s, CaseSource source, List<StatuteArticle> statutes, LegalDictionary dict,
      TextEmbedder embedder, PrintStream log) throws IOException {
    return build(s, source, statutes, dict, embedder, log, null);
  }

  /** Where a build writes its records: the embedded index, or another backend (a SolrCloud collection). */
  public interface Target extends AutoCloseable {
    /** Adds or replaces a case with its facts vector (null: none); called from one thread at a time. */
    void upsert(CaseRecord r, float[] factsVector) throws IOException;

    /** Adds or replaces a statute article. */
    void upsert(StatuteArticle a) throws IOException;

    /** Called once after the last record: makes the build durable (and compacts it). */
    void finish() throws IOException;

    /**
     * Makes what was written so far durable, with the build's progress (input position) where the
     * target can keep it; a resumed build starts from there. Default: nothing (ids make rewrites harmless).
     */
    default void commit(Map<String, String> progress) throws IOException {}

    /** {@link #finish()}, recording the finished build's progress where the target can keep it. */
    default void finish(Map<String, String> progress) throws IOException {
      finish();
    }

    @Override
    void close() throws IOException;
  }

  /** Opens the target of a build once the build's metadata is known. */
  @FunctionalInterface
  public interface TargetFactory {
    Target open(IndexMeta meta) throws IOException;
  }

  /** The embedded index as a build target (one segment, committed at the end). */
  public static Target embedded(CaseIndex index) {
    return new Target() {
      @Override
      public void upsert(CaseRecord r, float[] factsVector) throws IOException {
        index.upsert(r, factsVector);
      }

      @Override
      public void upsert(StatuteArticle a) throws IOException {
        index.upsert(a);
      }

      @Override
      public void finish() throws IOException {
        index.forceMerge();
        index.commit();
      }

      @Override
      public void commit(Map<String, String> progress) throws IOException {
        index.commit(progress);
      }

      @Override
      public void finish(Map<String, String> progress) throws IOException {
        index.forceMerge();
        index.commit(progress);
      }

      @Override
      public void close() throws IOException {
        index.close();
      }
    };
  }

  /**
   * Builds the index of {@code source} (and {@code statutes}, may be null) into the target that
   * {@code targets} opens for the build's metadata; the vector cache stays under the settings'
   * cache folder. {@code embedder} may be null (no vectors). {@code targets} null: the embedded
   * index in the settings' data directory, resuming an interrupted build of the same input.
   */
  public static Counters build(Settings s, CaseSource source, List<StatuteArticle> statutes, LegalDictionary dict,
      TextEmbedder embedder, PrintStream log, TargetFactory targets) throws IOException {
    long t0 = System.nanoTime();
    Counters c = new Counters();
    IndexMeta meta = new IndexMeta(IndexMeta.FORMAT, HanLpAnalyzer.NAME + "+dict:" + dict.fingerprint(),
        BigramAnalyzer.NAME, dict.fingerprint(), embedder == null ? null : embedder.modelId(),
        embedder == null ? null : embedder.dimension(), s.strategy().label(), s.maxEmbedChars(), s.bm25K1(), s.bm25B());
    log.printf(Locale.ROOT, "index: %s -> %s%n  analyzers %s | %s (%d legal terms)%n  embedding %s, %s at %d chars, batch %d%n"
            + "  vector cache %s, RAM buffer %.0f MB, BM25 k1 %.2f b %.2f%n",
        source.describe(), s.dataDir(), meta.wordAnalyzer(), meta.bigramAnalyzer(), dict.terms().size(),
        meta.embeddingModel() == null ? "none" : meta.embeddingModel(), s.strategy().label(), s.maxEmbedChars(),
        s.batchSize(), embedder == null ? "-" : s.vectorCacheDir(), s.ramBufferMb(), s.bm25K1(), s.bm25B());
    VectorCache cache = embedder == null ? null
        : VectorCache.open(s.vectorCacheDir(), embedder.modelId(), embedder.dimension());
    BuildProgress progress = new BuildProgress(log);
    java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "index-writer");
      t.setDaemon(true);
      return t;
    });
    String input = source.fingerprint();
    long skip = targets == null ? BuildCheckpoints.resumable(s.dataDir(), meta, input) : 0;
    c.resumedAfter = skip;
    if (skip > 0) {
      log.printf(Locale.ROOT, "  resuming an interrupted build of the same input after %d records%n", skip);
    }
    try (Target index = targets != null ? targets.open(meta)
        : embedded(skip > 0 ? CaseIndex.reopenForBuild(s.dataDir(), meta, dict, embedder, s.ramBufferMb())
            : CaseIndex.create(s.dataDir(), meta, dict, embedder, s.ramBufferMb()))) {
      List<CaseRecord> batch = new ArrayList<>();
      BuildBatches.Pipeline pipe = new BuildBatches.Pipeline(worker);
      long[] delivered = {0};
      long[] committedAt = {skip};
      source.cases(new CaseSource.Sink<>() {
        @Override
        public void accept(CaseRecord r) throws IOException {
          if (++delivered[0] <= skip) {
            return;
          }
          c.casesRead++;
          batch.add(r);
          if (batch.size() >= s.batchSize()) {
            BuildBatches.flush(index, batch, embedder, cache, s, c, pipe);
            progress.tick(c);
            if (delivered[0] - committedAt[0] >= s.commitEvery()) {
              pipe.await();
              index.commit(BuildCheckpoints.progressData(input, delivered[0], false));
              c.commits++;
              committedAt[0] = delivered[0];
            }
          }
        }

        @Override
        public void reject(String where, String reason) {
          if (++delivered[0] <= skip) {
            return;
          }
          c.rejectCase(where, reason);
        }
      });
      BuildBatches.flush(index, batch, embedder, cache, s, c, pipe);
      pipe.await();
      // every case is written: a kill from here on resumes with the statutes (written by id again)
      index.commit(BuildCheckpoints.progressData(input, delivered[0], false));
      c.commits++;
      if (statutes != null) {
        for (StatuteArticle a : statutes) {
          try {
            index.upsert(a);
            c.statutesIndexed++;
          } catch (IllegalArgumentException e) {
            c.rejectStatute(String.valueOf(a.id()), e.getMessage());
          }
        }
      }
      progress.done(c);
      index.commit(BuildCheckpoints.progressData(input, delivered[0], false));
      index.finish(BuildCheckpoints.progressData(input, delivered[0], true));
      c.commits += 2;
    } finally {
      worker.shutdownNow();
      if (cache != null) {
        cache.close();
      }
    }
    c.totalSeconds = (System.nanoTime() - t0) / 1e9;
    return c;
  }

}
