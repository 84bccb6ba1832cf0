package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.advisor.AdvisorRuntime;
import org.xiezhi.api.port.AdvisorPort;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.corpus.ingest.MaskingRecord;
import org.xiezhi.corpus.mask.MaskingPolicy;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.backend.BackendConfig;
import org.xiezhi.indexer.backend.EmbeddedBackend;
import org.xiezhi.indexer.backend.SearchBackend;
import org.xiezhi.inference.EmbedderChoice;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.models.predict.ServedModels;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * The composition root of the service: opens a {@link DataDir} (or a search backend beside one)
 * and wires the modules behind the ports the handlers see: statutes, case search and similar
 * cases from the index, predictions from the model registry, advice from the advisor, updates
 * through the one ingest path. A part that has not been built answers 503 naming the command
 * that builds it.
 */
public final class KnowledgeBase {
  /** Similar cases the advisor consults per question. */
  static final int ADVISOR_CASES = 10;

  /**
   * How to open it: {@code embedder} may be null (keyword search only); {@code refreshIntervalMs}
   * > 0 makes the service own the index writer and take updates; {@code indexDir} overrides the
   * data root's {@code index/} (null: the root's); {@code lawsDir} is read by the advisor when the
   * corpus holds no statutes (may be null); {@code masking} is the policy judgments added while
   * serving are masked under.
   */
  public record Settings(TextEmbedder embedder, long refreshIntervalMs, Path indexDir, Path lawsDir, PrintStream log,
      MaskingPolicy masking) {
    /** Settings that mask added judgments under the default policy (public release). */
    public Settings(TextEmbedder embedder, long refreshIntervalMs, Path indexDir, Path lawsDir, PrintStream log) {
      this(embedder, refreshIntervalMs, indexDir, lawsDir, log, MaskingPolicy.DEFAULT);
    }
  }

  private KnowledgeBase() {}

  /** The services over the embedded index of {@code data} (or 503 ports where it has none). */
  public static XiezhiServices open(DataDir data, Settings s) throws IOException {
    Path indexDir = data.indexOr(s.indexDir());
    if (!Files.isRegularFile(indexDir.resolve("index-meta.json"))) {
      Unavailable none = new Unavailable("index", "no search index at " + indexDir + ": build one with ./xiezhi setup"
          + " (or xiezhi index --data-dir " + data + ")");
      s.log().println("no index at " + indexDir + ": statutes, cases, similar cases, predictions and advice answer 503"
          + " until it is built (./xiezhi setup)");
      return new XiezhiServices(none, none, none, none, none, s.embedder());
    }
    CaseIndex index = s.refreshIntervalMs() > 0 ? CaseIndex.openForWriting(indexDir, s.embedder()) : CaseIndex.open(indexDir, s.embedder());
    try {
      XiezhiServices services = assemble(new EmbeddedBackend(index), data, s);
      if (s.refreshIntervalMs() > 0) {
        index.startNearRealTime(s.refreshIntervalMs());
        IndexedUpdates updates = new IndexedUpdates(index, s.masking(), MaskingRecord.read(data.corpus()).orElse(null));
        services = services.withUpdates(updates);
        s.log().println("index updates while serving: on (POST /api/v1/admin/cases/upsert|delete), searchable within "
            + s.refreshIntervalMs() + " ms, masked under '" + s.masking().label() + "'");
        if (updates.maskingConflict() != null) {
          s.log().println("warning: upserts are refused (409): " + updates.maskingConflict());
        }
      } else {
        s.log().println("index opened read-only: no updates while serving");
      }
      return services;
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * The search index of the command line: the index folder {@code indexDir} (the data root's
   * {@code index/} unless overridden) opened read-only as the indexer's {@link SearchBackend} port;
   * {@code embedder} may be null (keyword search only).
   */
  public static SearchBackend searchIndex(Path indexDir, TextEmbedder embedder) throws IOException {
    return BackendConfig.embedded(indexDir).open(embedder);
  }

  /** The embedding model the data root's index was built with (null: no index, or one without vectors). */
  public static TextEmbedder indexEmbedder(DataDir data) throws IOException {
    if (!data.hasIndex()) {
      return null;
    }
    return EmbedderChoice.open(EmbedderChoice.forModel(IndexMeta.read(data.index()).embeddingModel()));
  }

  /**
   * The advisor of the command line over {@code data}: its statutes ({@code lawsDir} when the corpus
   * has none), its index when built (searched with {@code embedder}, which may be null), and the
   * registry's active models; {@code k} similar cases per question.
   */
  public static AdvisorRuntime advisor(DataDir data, Path lawsDir, TextEmbedder embedder, int k) throws IOException {
    return AdvisorRuntime.open(data.root(), lawsDir, embedder, k);
  }

  /** The services over another search backend (a SolrCloud collection), with models and corpus from {@code data}. */
  public static XiezhiServices open(SearchBackend backend, DataDir data, Settings s) throws IOException {
    return assemble(backend, data, s);
  }

  private static XiezhiServices assemble(SearchBackend backend, DataDir data, Settings s) throws IOException {
    boolean semantic = s.embedder() != null && backend.meta().embeddingModel() != null;
    // one served-models holder for prediction, similar-case queries without charges and the advisor:
    // a switch, a rollback or the first models trained while serving change all; the prediction port
    // owns it (closed with the service)
    ServedModels served = ServedModels.openOrEmpty(ModelRegistry.open(data.models()));
    IndexedCases cases = new IndexedCases(backend, semantic, served);
    IndexedStatutes statutes = new IndexedStatutes(backend);
    PredictionPort prediction = new ServedPredictions(data, served, cases, s.embedder());
    AdvisorPort advisor;
    String advice;
    if (Files.isRegularFile(data.statutes()) || s.lawsDir() != null) {
      AdvisorRuntime runtime = AdvisorRuntime.over(backend, data.root(), s.lawsDir(), ADVISOR_CASES, served);
      advisor = new AdvisorAdapter(runtime.advisor(), "advisor@0.1");
      advice = runtime.description();
    } else {
      advisor = new Unavailable("statutes", "no statutes at " + data.statutes() + ": build them with ./xiezhi setup");
      advice = "none (no statutes in " + data.corpus() + ")";
    }
    long[] counts = backend.counts();
    s.log().printf("opened %s: %d cases, %d statute articles; embeddings: %s; models: %s; advisor: %s%n", backend.describe(),
        counts[0], counts[1], s.embedder() == null ? "none" : s.embedder().modelId(),
        data.hasModels() ? data.models() : "none (predictions answer 503)", advice);
    return new XiezhiServices(statutes, cases, cases, prediction, advisor, s.embedder());
  }
}
