package org.xiezhi.api.cli;

import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiezhi.api.extension.DataDirOptions;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.backend.SearchBackend;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SearchResult;
import org.xiezhi.inference.EmbedderChoice;
import org.xiezhi.inference.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xiezhi search}: case search (keyword, semantic, hybrid) or statute lookup. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search statutes and cases (keyword, semantic, hybrid).")
public final class SearchCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "the query (Lucene syntax: words, \"phrases\", +must, -not, field:value)") String query;
  @Option(names = "--mode", description = "keyword, semantic or hybrid (default: hybrid when the index holds vectors, as the service searches; else keyword)") String mode;
  @Option(names = "--statute", description = "look up statute articles (by number in any form, or by text)") boolean statute;
  @Option(names = {"-k", "--top"}, description = "number of cases (default: ${DEFAULT-VALUE})") int k = 10;
  @Mixin DataDirOptions data = new DataDirOptions();
  @Option(names = "--embedder", description = "int8 or fp32: the model the index was built with (default: ${DEFAULT-VALUE})") String embedder = "int8";
  @Option(names = "--embed-threads", description = "ONNX Runtime threads for the query embedding, one session (default: model defaults)") int embedThreads;
  @Option(names = "--no-facets", description = "do not count facets") boolean noFacets;
  @Option(names = "--json", description = "print JSON") boolean json;
  @Mixin FilterOptions filters;

  @Override
  public Integer call() throws Exception {
    SearchRequest.Mode m;
    if (mode == null) {
      // the best mode the index allows: fused keyword and vectors when it has vectors (docs/search.md)
      boolean vectors = Files.isRegularFile(data.index().resolve("index-meta.json"))
          && IndexMeta.read(data.index()).embeddingModel() != null;
      m = vectors && !statute ? SearchRequest.Mode.HYBRID : SearchRequest.Mode.KEYWORD;
    } else {
      try {
        m = SearchRequest.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--mode must be keyword, semantic or hybrid, not " + mode);
      }
    }
    boolean needsVectors = !statute && m != SearchRequest.Mode.KEYWORD;
    try (TextEmbedder e = needsVectors ? EmbedderChoice.open(embedder, embedThreads) : null;
        SearchBackend idx = KnowledgeBase.searchIndex(data.index(), e)) {
      if (statute) {
        List<StatuteArticle> found = idx.statute(query);
        if (json) {
          System.out.println(IndexCliSupport.json(found));
        } else {
          CasePrinter.statutes(System.out, found);
        }
        return found.isEmpty() ? 1 : 0;
      }
      SearchResult r = idx.search(new SearchRequest(query, m, filters.toFilters(), k, !noFacets, true));
      if (json) {
        System.out.println(IndexCliSupport.json(r));
        return 0;
      }
      System.out.printf(Locale.ROOT, "%d matching cases (%s, %.1f ms)%n%n", r.total(), r.mode(), r.tookMs());
      for (int i = 0; i < r.hits().size(); i++) {
        CasePrinter.hit(System.out, i + 1, r.hits().get(i));
        System.out.println();
      }
      for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
        if (f.getValue().isEmpty()) {
          continue;
        }
        StringBuilder b = new StringBuilder(f.getKey()).append(": ");
        for (SearchResult.FacetCount c : f.getValue()) {
          b.append(c.value()).append(" (").append(c.count()).append(")  ");
        }
        System.out.println(b.toString().strip());
      }
      return 0;
    }
  }
}
