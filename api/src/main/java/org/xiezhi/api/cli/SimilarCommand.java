package org.xiezhi.api.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.api.extension.DataDirOptions;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.api.wiring.QueryCharges;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.indexer.backend.SearchBackend;
import org.xiezhi.indexer.SimilarCase;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.SimilarResult;
import org.xiezhi.inference.EmbedderChoice;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.models.predict.ServedModels;
import org.xiezhi.models.registry.ModelRegistry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiezhi similar}: the past cases most like a fact description or a judgment, and why. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = "Similar-case retrieval for a fact description or a judgment.")
public final class SimilarCommand implements Callable<Integer> {
  static final class Input {
    @Option(names = "--fact", description = "the fact description") String fact;
    @Option(names = "--file", description = "a UTF-8 file with the facts or a whole judgment") Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1") Input input;
  @Option(names = "--known-charge", description = "a charge the query case is known to involve (repeatable)") List<String> knownCharges = new ArrayList<>();
  @Option(names = {"-k", "--top"}, description = "number of cases (default: ${DEFAULT-VALUE})") int k = 5;
  @Mixin DataDirOptions data = new DataDirOptions();
  @Option(names = "--embedder", description = "int8, fp32 or none (keyword only) (default: ${DEFAULT-VALUE})") String embedder = "int8";
  @Option(names = "--embed-threads", description = "ONNX Runtime threads for the query embedding, one session (default: model defaults)") int embedThreads;
  @Option(names = "--json", description = "print JSON") boolean json;
  @Mixin FilterOptions filters;

  @Override
  public Integer call() throws Exception {
    String text = input.fact;
    if (input.file != null) {
      if (!Files.isRegularFile(input.file)) {
        throw new IllegalArgumentException("no such file: " + input.file);
      }
      text = Files.readString(input.file, StandardCharsets.UTF_8);
    }
    DataDir d = data.data();
    // a fact description without known charges is ranked with the charge model's decision (when the
    // data root has models), as the service does; a whole judgment brings its own charges
    boolean guess = knownCharges.isEmpty() && input.file == null && d.hasModels();
    try (TextEmbedder e = EmbedderChoice.open(embedder, embedThreads); SearchBackend idx = KnowledgeBase.searchIndex(data.index(), e);
        ServedModels served = guess ? ServedModels.open(ModelRegistry.open(d.models())) : null) {
      QueryCharges charges = QueryCharges.of(knownCharges, text, served);
      SimilarResult r = idx.similar(new SimilarRequest(text, charges.charges(), k, filters.toFilters()));
      if (json) {
        System.out.println(IndexCliSupport.json(r));
        return 0;
      }
      System.out.printf(Locale.ROOT, "%d similar cases (%s; model %s; %.1f ms)%n", r.cases().size(), r.ranker(),
          r.embeddingModel() == null ? "none" : r.embeddingModel(), r.tookMs());
      if (!r.queryCharges().isEmpty()) {
        System.out.println("query charges: " + String.join("、", r.queryCharges())
            + (charges.from().startsWith("model") ? " (" + charges.from() + "; pass --known-charge to set them)" : ""));
      }
      System.out.println();
      int i = 0;
      for (SimilarCase c : r.cases()) {
        CasePrinter.hit(System.out, ++i, c.hit());
        if (!c.reasons().isEmpty()) {
          System.out.println("    why: " + String.join("；", c.reasons()));
        }
        System.out.printf(Locale.ROOT, "    shared charges [%s], shared articles [%s], bm25 %s, cosine %s%n",
            String.join("、", c.sharedCharges()), String.join("、", c.sharedArticles()),
            c.keywordScore() == null ? "-" : String.format(Locale.ROOT, "%.2f", c.keywordScore()),
            c.denseScore() == null ? "-" : String.format(Locale.ROOT, "%.3f", c.denseScore()));
        System.out.printf("    shared key terms: %s%n%n", String.join(" ", c.sharedTerms()));
      }
      return 0;
    }
  }
}
