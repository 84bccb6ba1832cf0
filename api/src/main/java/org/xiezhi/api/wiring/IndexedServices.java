package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.xiezhi.advisor.AdvisorRuntime;
import org.xiezhi.api.baseline.NeighbourAdvisor;
import org.xiezhi.api.port.AdvisorPort;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.baseline.NeighbourPredictor;
import org.xiezhi.api.port.StatutePort;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.CaseSource;
import org.xiezhi.indexer.IndexBuilder;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.models.predict.ServedModels;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * Services whose case search and similar cases come from the Lucene index; prediction and advice
 * are the nearest-neighbour baseline over those similar cases; statutes as given.
 */
public final class IndexedServices {
  private IndexedServices() {}

  /** Opens the index in {@code indexDir} read-only and assembles the services over it (baseline advice). */
  public static XiezhiServices open(Path indexDir, StatutePort statutes, TextEmbedder embedder) throws IOException {
    return open(indexDir, statutes, embedder, null);
  }

  /**
   * As {@link #open(Path, StatutePort, TextEmbedder)}; with {@code lawsDir} (the public
   * {@code laws/} folder) advice comes from the advisor module ({@code AdvisorRuntime} over the
   * index's parent folder: {@code index/}, and {@code models/} when present).
   */
  public static XiezhiServices open(Path indexDir, StatutePort statutes, TextEmbedder embedder, Path lawsDir) throws IOException {
    return assemble(CaseIndex.open(indexDir, embedder), indexDir, statutes, embedder, lawsDir);
  }

  /**
   * As {@link #open(Path, StatutePort, TextEmbedder, Path)}, but the service owns the index writer
   * (Lucene's write lock: no other process may write the index meanwhile) and judgments can be
   * added, replaced and deleted while serving; changes are searchable within {@code refreshIntervalMs}.
   * An index whose vectors come from another embedding model than {@code embedder} is refused.
   */
  public static XiezhiServices openWritable(Path indexDir, StatutePort statutes, TextEmbedder embedder, Path lawsDir,
      long refreshIntervalMs) throws IOException {
    CaseIndex index = CaseIndex.openForWriting(indexDir, embedder);
    try {
      index.startNearRealTime(refreshIntervalMs);
      return assemble(index, indexDir, statutes, embedder, lawsDir).withUpdates(new IndexedUpdates(index));
    } catch (RuntimeException | IOException e) {
      index.close();
      throw e;
    }
  }

  private static XiezhiServices assemble(CaseIndex index, Path indexDir, StatutePort statutes, TextEmbedder embedder,
      Path lawsDir) throws IOException {
    boolean semantic = embedder != null && index.meta().embeddingModel() != null;
    IndexedCases cases = new IndexedCases(index, semantic);
    PredictionPort predictor = new NeighbourPredictor(cases, embedder);
    Path registry = indexDir.toAbsolutePath().getParent().resolve("models");
    // one served-models holder for prediction and the advisor: a switch changes both
    ServedModels served = null;
    if (java.nio.file.Files.isDirectory(registry)) {
      served = ServedModels.open(ModelRegistry.open(registry));
      predictor = new RegistryPredictions(served, cases);
      System.out.println("models: " + registry);
    }
    AdvisorPort advisor = new NeighbourAdvisor(cases, predictor, statutes);
    if (lawsDir != null) {
      // The advisor shares the index opened above rather than opening it a second time.
      AdvisorRuntime runtime = AdvisorRuntime.over(index, indexDir.toAbsolutePath().getParent(), lawsDir, 10, served);
      System.out.println("advisor: " + runtime.description());
      advisor = new AdvisorAdapter(runtime.advisor(), "advisor@0.1");
    }
    return new XiezhiServices(statutes, cases, cases, predictor, advisor, embedder);
  }

  /** Builds an index of {@code cases} (and {@code articles}) in {@code indexDir}, replacing what is there. */
  public static IndexBuilder.Counters build(Path indexDir, List<CaseRecord> cases, List<StatuteArticle> articles,
      TextEmbedder embedder, PrintStream log) throws IOException {
    CaseSource source = new CaseSource() {
      @Override
      public void cases(Sink<CaseRecord> sink) throws IOException {
        for (CaseRecord c : cases) {
          sink.accept(c);
        }
      }

      @Override
      public String describe() {
        return cases.size() + " parsed judgments";
      }
    };
    return IndexBuilder.build(IndexBuilder.Settings.defaults(indexDir), source, articles, LegalDictionary.builtIn(), embedder, log);
  }
}
