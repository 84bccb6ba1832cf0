package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * The workbench measured in the browser over a full knowledge base (the one {@code setup} builds):
 * serves the data root named by {@code -Dxiezhi.bench.data=DIR} read-only, with the embedding model
 * (hybrid search, as {@code serve} runs), opens 200 LeCaRD judgments drawn with a fixed seed in the
 * case view, checks each with its own decided sentence and prints the share with an error-severity
 * hint and the page's click-to-full-analysis p50 and p90. Not part of the test suite (its name does
 * not end in Test): run it by name, e.g.
 * {@code mvn -o -pl api test -Dtest=WorkbenchBenchmark -Dxiezhi.bench.data=data}. It fails when the
 * property or the data root is missing.
 */
class WorkbenchBenchmark {
  static final int JUDGMENTS = 200;
  static final long SEED = 16;

  @Test
  void ownSentencesOnTheFullKnowledgeBase() throws Exception {
    String root = System.getProperty("xiezhi.bench.data");
    if (root == null || !Files.isRegularFile(Path.of(root, "corpus", "cases.jsonl")) || !Files.isDirectory(Path.of(root, "index"))) {
      throw new IllegalStateException("-Dxiezhi.bench.data=DIR must name a data root with corpus/cases.jsonl and index/ (./xiezhi setup builds one), was "
          + root);
    }
    DataDir d = new DataDir(Path.of(root));
    List<String> ids = sample(d.cases());
    assertEquals(JUDGMENTS, ids.size(), "LeCaRD judgments with facts, charges and a decided sentence");
    Path audit = Files.createTempDirectory("xiezhi-bench");
    XiezhiServices services = KnowledgeBase.open(d, new KnowledgeBase.Settings(ServiceLauncher.openEmbedder(), 0, null,
        ServiceLauncher.sharedLaws(), System.out));
    ChromeDriver driver = OwnSentenceSweep.chromium(Files.createTempDirectory("xiezhi-downloads"));
    try (TestService svc = new TestService(ServerConfig.defaults(audit, TestService.keys()).withPort(0), services, audit)) {
      WebDriverWait wait = OwnSentenceSweep.waitFor(driver);
      driver.get(svc.base() + "/#key=" + TestService.JUDGE);
      wait.until(ExpectedConditions.textToBe(By.id("key-status"), "已设置"));
      // a first pass over 10 judgments warms the JIT and the index's caches; the figures are the second pass
      OwnSentenceSweep.run(driver, wait, ids.subList(0, 10));
      long t0 = System.nanoTime();
      OwnSentenceSweep.Figures f = OwnSentenceSweep.run(driver, wait, ids);
      System.out.println(f.describe(services.cases().size()));
      System.out.printf(Locale.ROOT, "%d judgments in %.1f s (seed %d, embedder %s)%n", ids.size(), (System.nanoTime() - t0) / 1e9, SEED,
          services.embedder() == null ? "none" : services.embedder().modelId());
    } finally {
      driver.quit();
    }
  }

  /** {@value #JUDGMENTS} checkable LeCaRD judgments of the corpus, drawn with seed {@value #SEED}. */
  static List<String> sample(Path cases) throws Exception {
    ObjectReader reader = Json.mapper().readerFor(CaseRecord.class);
    List<CaseRecord> light = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        CaseRecord r = reader.readValue(line);
        if ("lecard".equals(r.source())) {
          // only what the selection reads is kept
          light.add(new CaseRecord(r.id(), r.source(), null, null, null, null, null, null, null, null,
              r.facts() == null || r.facts().isBlank() ? null : "x", null, null, null, r.charges(), List.of(), List.of(), r.defendants(), List.of()));
        }
      }
    }
    Collections.shuffle(light, new Random(SEED));
    return OwnSentenceSweep.checkable(light, JUDGMENTS);
  }
}
