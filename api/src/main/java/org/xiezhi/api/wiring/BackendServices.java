package org.xiezhi.api.wiring;

import java.io.IOException;
import org.xiezhi.api.baseline.NeighbourAdvisor;
import org.xiezhi.api.baseline.NeighbourPredictor;
import org.xiezhi.api.port.StatutePort;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.indexer.backend.SearchBackend;
import org.xiezhi.inference.TextEmbedder;

/**
 * Services whose case search and similar cases come from any {@link SearchBackend} (a SolrCloud
 * collection): prediction and advice by the nearest-neighbour baseline over its similar cases,
 * statutes as given.
 */
public final class BackendServices {
  private BackendServices() {}

  /** Assembles the services over {@code backend} (kept open for the service's life). */
  public static XiezhiServices open(SearchBackend backend, StatutePort statutes, TextEmbedder embedder) throws IOException {
    boolean semantic = embedder != null && backend.meta().embeddingModel() != null;
    IndexedCases cases = new IndexedCases(backend, semantic);
    NeighbourPredictor predictor = new NeighbourPredictor(cases, embedder);
    return new XiezhiServices(statutes, cases, cases, predictor, new NeighbourAdvisor(cases, predictor, statutes), embedder);
  }
}
