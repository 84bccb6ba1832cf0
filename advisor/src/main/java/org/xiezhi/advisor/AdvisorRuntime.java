package org.xiezhi.advisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.advisor.adapters.IndexSimilarCases;
import org.xiezhi.advisor.adapters.RegistryJudgmentModel;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.advisor.sentencing.guideline.GuidelineBook;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.models.predict.ServedModels;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * An {@link Advisor} over a data directory ({@code corpus/} with statutes.jsonl and charges.jsonl,
 * {@code index/}, {@code models/}), with the resources it opened. Index and models are optional:
 * without them the advisor answers from the statutes alone and says so in its explanations.
 */
public final class AdvisorRuntime implements AutoCloseable {
  private final Advisor advisor;
  private final CaseIndex index;
  private final ServedModels models;
  private final boolean ownsModels;
  private final String description;
  private final boolean ownsIndex;

  private AdvisorRuntime(Advisor advisor, CaseIndex index, boolean ownsIndex, ServedModels models, boolean ownsModels,
      String description) {
    this.advisor = advisor;
    this.index = index;
    this.ownsIndex = ownsIndex;
    this.models = models;
    this.ownsModels = ownsModels;
    this.description = description;
  }

  /**
   * Like {@link #open} but over an index the caller has already opened (and keeps: closing the
   * runtime leaves it open), so a service does not open the same index twice.
   */
  public static AdvisorRuntime over(CaseIndex index, Path dataDir, Path lawsDir, int k) throws IOException {
    return assemble(dataDir, lawsDir, index, embedded(index), false, k, null);
  }

  /**
   * As {@link #over(CaseIndex, Path, Path, int)} on any search backend (embedded or SolrCloud), not
   * closed by this runtime, estimating with {@code models} (may be null: then the registry in
   * {@code dataDir} is opened), which the caller shares with its own prediction and keeps.
   */
  public static AdvisorRuntime over(org.xiezhi.indexer.backend.SearchBackend backend, Path dataDir, Path lawsDir, int k,
      ServedModels models) throws IOException {
    if (backend instanceof org.xiezhi.indexer.backend.EmbeddedBackend e) {
      return assemble(dataDir, lawsDir, e.index(), backend, false, k, models);
    }
    return assemble(dataDir, lawsDir, null, backend, false, k, models);
  }

  private static org.xiezhi.indexer.backend.SearchBackend embedded(CaseIndex index) {
    return index == null ? null : new org.xiezhi.indexer.backend.EmbeddedBackend(index);
  }

  /**
   * As {@link #over(CaseIndex, Path, Path, int)}, estimating with {@code models} (may be null: then
   * the registry in {@code dataDir} is opened), which the caller shares with its own prediction and
   * keeps: a switch there is a switch here.
   */
  public static AdvisorRuntime over(CaseIndex index, Path dataDir, Path lawsDir, int k, ServedModels models)
      throws IOException {
    return assemble(dataDir, lawsDir, index, embedded(index), false, k, models);
  }

  /**
   * Opens what {@code dataDir} holds. {@code lawsDir} (may be null) is read when the corpus folder
   * has no statutes; {@code embedder} (may be null) must be the one that built the index.
   */
  public static AdvisorRuntime open(Path dataDir, Path lawsDir, TextEmbedder embedder, int k) throws IOException {
    CaseIndex index = null;
    Path indexDir = dataDir.resolve("index");
    if (Files.isDirectory(indexDir)) {
      index = CaseIndex.open(indexDir, embedder == null ? null : new org.xiezhi.inference.RecentVectors(embedder, 64, false));
    }
    return assemble(dataDir, lawsDir, index, embedded(index), true, k, null);
  }

  private static AdvisorRuntime assemble(Path dataDir, Path lawsDir, CaseIndex index,
      org.xiezhi.indexer.backend.SearchBackend backend, boolean ownsIndex, int k, ServedModels shared)
      throws IOException {
    StatuteBook book;
    String statutesFrom;
    GuidelineBook guidelines;
    Path corpus = dataDir.resolve("corpus");
    try {
      if (Files.isRegularFile(corpus.resolve("statutes.jsonl")) && Files.isRegularFile(corpus.resolve("charges.jsonl"))) {
        book = StatuteBook.load(corpus);
        statutesFrom = corpus.toString();
      } else if (lawsDir != null && Files.isDirectory(lawsDir)) {
        book = StatuteBook.fromLaws(lawsDir, null, null);
        statutesFrom = lawsDir.toString();
      } else {
        throw new IOException("no statutes in " + corpus + ": build them with `./xiezhi setup` (or `xiezhi corpus ingest"
            + " --source laws=DIR --out " + corpus + "`) or pass the laws folder");
      }
      if (book.articleCount() == 0) {
        throw new IOException("the statutes in " + statutesFrom + " hold no Criminal Law article");
      }
      guidelines = GuidelineBook.fromLaws(lawsDir).or(() -> GuidelineBook.fromCorpus(corpus)).orElse(null);
    } catch (IOException | RuntimeException e) {
      if (ownsIndex && index != null) {
        index.close();
      }
      throw e;
    }
    ServedModels models = shared;
    Path registry = dataDir.resolve("models");
    if (models == null && Files.isDirectory(registry)) {
      try {
        models = ServedModels.open(ModelRegistry.open(registry));
      } catch (IOException | RuntimeException e) {
        if (ownsIndex && index != null) {
          index.close();
        }
        throw new IOException("cannot load the models in " + registry + ": " + e.getMessage(), e);
      }
    }
    Advisor advisor = new Advisor(
        book,
        backend == null ? null : new org.xiezhi.advisor.adapters.RecentSimilarCases(new IndexSimilarCases(backend, book)),
        models == null ? null : new RegistryJudgmentModel(models),
        k, guidelines);
    String desc = "statutes " + statutesFrom + " (" + book.articleCount() + " articles, " + book.charges().size()
        + " charges); index " + (index == null ? "none" : index.dataDir().toString()) + "; models "
        + (models == null ? "none" : models.loaded() ? models.with(m -> m.predictor().model())
            : "none yet (served once " + models.registry().root() + " holds some)")
        + "; sentencing guideline " + (guidelines == null ? "none" : guidelines.guidelines().size() + " documents");
    return new AdvisorRuntime(advisor, index, ownsIndex, models, shared == null, desc);
  }

  public Advisor advisor() {
    return advisor;
  }

  /** One line saying what was loaded, for the start-up log. */
  public String description() {
    return description;
  }

  @Override
  public void close() throws IOException {
    try {
      if (ownsIndex && index != null) {
        index.close();
      }
    } finally {
      if (ownsModels && models != null) {
        models.close();
      }
    }
  }
}
