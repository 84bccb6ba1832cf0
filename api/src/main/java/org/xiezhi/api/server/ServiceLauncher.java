package org.xiezhi.api.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.api.baseline.BaselineServices;
import org.xiezhi.api.baseline.LawsStatutes;
import org.xiezhi.api.wiring.IndexedServices;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.inference.OnnxEmbedder;
import org.xiezhi.inference.TextEmbedder;

/** What {@code serve} and {@code demo} share: locating the inputs and assembling the services. */
public final class ServiceLauncher {
  private ServiceLauncher() {}

  /** {@code laws/刑法/刑法.md} under the public data folder, or null when that folder is absent. */
  public static Path sharedCriminalLaw() {
    try {
      Path p = SharedData.dataDir().resolve("laws/刑法/刑法.md");
      return Files.isRegularFile(p) ? p : null;
    } catch (IllegalStateException e) {
      return null;
    }
  }

  /** Opens the bundled embedding model, or reports why not and returns null. */
  public static TextEmbedder openEmbedder() {
    try {
      return OnnxEmbedder.openDefault();
    } catch (RuntimeException e) {
      System.out.println("embedding model not opened (" + e.getMessage() + "): POST /api/v1/embed answers 503, search is keyword only");
      return null;
    }
  }

  /** Statutes from the Criminal Law markdown, or none. */
  public static LawsStatutes statutes(Path criminalLaw) throws IOException {
    return criminalLaw == null ? LawsStatutes.empty() : LawsStatutes.read(criminalLaw);
  }

  /**
   * Services over a Lucene index built by {@code xiezhi index} or by the demo: case search and
   * similar cases from the index, prediction and advice by the nearest-neighbour baseline.
   */
  public static XiezhiServices indexed(Path indexDir, Path criminalLaw, TextEmbedder embedder) throws IOException {
    return indexed(indexDir, criminalLaw, embedder, 0);
  }

  /**
   * As {@link #indexed(Path, Path, TextEmbedder)}; with {@code refreshIntervalMs} > 0 the service
   * owns the index writer and takes updates while serving, searchable within that interval.
   */
  public static XiezhiServices indexed(Path indexDir, Path criminalLaw, TextEmbedder embedder, long refreshIntervalMs)
      throws IOException {
    Path lawsDir = criminalLaw == null ? null : criminalLaw.getParent().getParent();
    XiezhiServices s = refreshIntervalMs > 0
        ? IndexedServices.openWritable(indexDir, statutes(criminalLaw), embedder, lawsDir, refreshIntervalMs)
        : IndexedServices.open(indexDir, statutes(criminalLaw), embedder, lawsDir);
    System.out.println(refreshIntervalMs > 0
        ? "index updates while serving: on (POST /api/v1/admin/cases/upsert|delete), searchable within " + refreshIntervalMs + " ms"
        : "index opened read-only: no updates while serving");
    System.out.printf("opened index %s: %d cases; %d statute articles; embeddings: %s%n", indexDir, s.cases().size(),
        s.statutes().size(), embedder == null ? "none" : embedder.modelId());
    System.out.println("operations: case search and similar cases from the Lucene index; prediction by "
        + (java.nio.file.Files.isDirectory(indexDir.toAbsolutePath().getParent().resolve("models"))
            ? "the trained models of the registry" : "the nearest-neighbour baseline (knn-bigram-baseline@0.1)")
        + "; advice by " + (lawsDir == null ? "the nearest-neighbour baseline (no laws folder)" : "the advisor module"));
    return s;
  }

  /**
   * Services over another search backend (a SolrCloud collection): case search and similar cases
   * from it, prediction and advice by the nearest-neighbour baseline.
   */
  public static XiezhiServices backend(org.xiezhi.indexer.backend.BackendConfig config, Path criminalLaw,
      TextEmbedder embedder) throws IOException {
    org.xiezhi.indexer.backend.SearchBackend b = config.open(embedder);
    XiezhiServices s = org.xiezhi.api.wiring.BackendServices.open(b, statutes(criminalLaw), embedder);
    System.out.printf("opened %s: %d cases; %d statute articles; embeddings: %s%n", config.describe(), s.cases().size(),
        s.statutes().size(), embedder == null ? "none" : embedder.modelId());
    System.out.println("operations: case search and similar cases from " + b.describe()
        + "; prediction and advice by the nearest-neighbour baseline");
    return s;
  }

  /** Builds the services without an embedding model. */
  public static XiezhiServices services(Path judgments, Path criminalLaw) throws IOException {
    return services(judgments, criminalLaw, false);
  }

  /**
   * Builds the services over a folder of judgment texts and prints what was loaded; with
   * {@code embedder} it opens the bundled bge-small-zh-v1.5 int8 model for {@code /api/v1/embed}
   * (a failure to open it is reported and the service runs without it).
   */
  public static XiezhiServices services(Path judgments, Path criminalLaw, boolean embedder) throws IOException {
    if (!Files.isDirectory(judgments)) {
      throw new IllegalArgumentException("judgments folder not found: " + judgments);
    }
    TextEmbedder model = embedder ? openEmbedder() : null;
    XiezhiServices s = BaselineServices.build(judgments, criminalLaw, model);
    System.out.printf("loaded %d cases from %s, %d statute articles%s%n", s.cases().size(), judgments,
        s.statutes().size(), criminalLaw == null ? " (laws not found: statute endpoints answer 404)" : "");
    System.out.println("operations: in-memory baseline (BM25 over character bigrams, nearest-neighbour prediction and advice);"
        + " embeddings: " + (model == null ? "none (POST /api/v1/embed answers 503)" : model.modelId()));
    return s;
  }
}
