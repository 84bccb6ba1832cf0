package org.xiezhi.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.xiezhi.advisor.Advisor;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.advisor.sentencing.guideline.GuidelineBook;
import org.xiezhi.inference.EmbedderChoice;
import org.xiezhi.eval.guideline.GuidelineLecardRun;
import org.xiezhi.eval.guideline.SimilarCaseMedian;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.models.predict.JudgmentModels;
import org.xiezhi.models.registry.ModelIds;
import org.xiezhi.models.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiezhi eval guideline}: the sentencing guideline's ranges on LeCaRD judgments. */
@Command(name = "guideline", mixinStandardHelpOptions = true,
    description = "Measure the sentencing guideline's recommended ranges and the circumstance extraction on LeCaRD judgments.")
public final class EvalGuidelineCommand implements Callable<Integer> {
  @Option(names = "--lecard", required = true, description = "LeCaRD folder (candidates.tar.xz or candidates/, criminal_charges.txt).")
  Path lecard;

  @Option(names = "--laws", required = true, description = "Laws folder with 刑法/ and 量刑指导意见/.")
  Path laws;

  @Option(names = "--data-dir", description = "Data folder whose models/ registry gives the term model shown beside the guideline,"
      + " and whose index/ (when built) gives the similar-case median.")
  Path dataDir;

  @Option(names = "--similar", defaultValue = "30", description = "Similar cases whose median term is shown (default ${DEFAULT-VALUE}).")
  int k;

  /** Runs the command outside the {@code xiezhi} launcher. */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new EvalGuidelineCommand()).execute(args));
  }

  @Option(names = "--cail", description = "CAIL2018 folder: also score sample_test terms with the guideline where it applies (needs --data-dir models).")
  Path cail;

  @Override
  public Integer call() throws Exception {
    if (k < 1 || k > 190) {
      System.err.println("eval guideline: --similar must be between 1 and 190, not " + k);
      return 2;
    }
    if (!Files.isDirectory(laws.resolve("量刑指导意见"))) {
      System.err.println("eval guideline: --laws " + laws + " has no 量刑指导意见 folder");
      return 2;
    }
    GuidelineBook book = GuidelineBook.fromLaws(laws).orElseThrow();
    StatuteBook statutes = StatuteBook.fromLaws(laws, null, lecard.resolve("criminal_charges.txt"));
    Advisor advisor = new Advisor(statutes, null, null, 30, book);
    JudgmentModels models = null;
    if (dataDir != null && Files.isDirectory(dataDir.resolve("models"))) {
      ModelRegistry reg = ModelRegistry.open(dataDir.resolve("models"));
      if (reg.latest(ModelIds.CHARGES).isPresent()) {
        models = JudgmentModels.openActive(reg);
      }
    }
    org.xiezhi.corpus.data.DataDir root = dataDir == null ? null : org.xiezhi.corpus.data.DataDir.of(dataDir);
    Path indexDir = root == null ? null : root.index();
    boolean hasIndex = root != null && root.hasIndex();
    String embedding = hasIndex ? IndexMeta.read(indexDir).embeddingModel() : null;
    try (TextEmbedder embedder = embedding == null ? null : EmbedderChoice.open(EmbedderChoice.forModel(embedding));
        CaseIndex index = hasIndex ? CaseIndex.open(indexDir, embedder) : null) {
      SimilarCaseMedian similar = index == null ? null : new SimilarCaseMedian(index, statutes, k);
      JudgmentModels m = models;
      ToIntFunction<String> term = m == null ? null : f -> {
        var p = m.predictor().predict(f);
        return p.death() || p.life() ? -1 : p.termMonths();
      };
      long t0 = System.nanoTime();
      GuidelineLecardRun.run(lecard, advisor, c -> book.crime(c).map(e -> e.rule().crime()).orElse(null), term, m == null ? null : m.predictor().model(),
          similar, System.out);
      if (cail != null && m != null) {
        org.xiezhi.eval.guideline.CailGuidelineTerm.run(cail, m.predictor(), advisor, System.out);
      }
      System.out.printf(Locale.ROOT, "%neval guideline: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    } finally {
      if (models != null) {
        models.close();
      }
    }
    return 0;
  }
}
