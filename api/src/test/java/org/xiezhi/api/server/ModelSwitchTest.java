package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.cli.XiezhiCli;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.indexer.CaseSource;
import org.xiezhi.indexer.IndexBuilder;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.models.predict.ServedModels;
import org.xiezhi.models.registry.ModelRegistry;
import org.xiezhi.models.train.ModelTrainer;
import org.xiezhi.models.train.TrainingJob;

/**
 * Two trained model versions (CAIL2018 alone; CAIL2018 with statute examples) switched and rolled
 * back while client threads keep predicting: no request fails, and every prediction sent after a
 * switch was answered (and answered before the next one was sent) names the version switched to.
 */
class ModelSwitchTest {

  @Test
  void switchAndRollBackUnderLoadWithoutAFailedRequest() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-switch");
    Path registry = dir.resolve("models");
    Path cail = SharedData.require("cail2018");
    Path law = SharedData.require("laws/刑法/刑法.md");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    long t = System.nanoTime();
    TrainingJob.run(new TrainingJob.Settings(registry, cail, null, null, null, "1"), ModelTrainer.Config.defaults(), quiet);
    TrainingJob.run(new TrainingJob.Settings(registry, cail, null, null, law, "2"), ModelTrainer.Config.defaults(), quiet);
    System.out.printf(Locale.ROOT, "model switch: two versions trained in %.1f s%n", (System.nanoTime() - t) / 1e9);
    // served: version 1 pinned before the service starts (the CLI verifies it first)
    assertEquals(0, XiezhiCli.commandLine().execute("models", "activate", "--data-dir", dir.toString(), "1"));
    assertEquals(new ModelRegistry.Active("1", "2"), ModelRegistry.open(registry).active());

    IndexBuilder.build(IndexBuilder.Settings.defaults(dir.resolve("index")), CaseSource.jsonl(TestDataRoot.get().cases()), null,
        LegalDictionary.builtIn(), null, quiet);
    var services = TestDataRoot.services(new DataDir(dir), null);
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir)) {
      assertEquals("1", Json.mapper().readTree(svc.get("/ready", TestService.JUDGE).body()).get("modelVersion").asText());
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong requests = new AtomicLong();
      AtomicLong failures = new AtomicLong();
      Map<String, AtomicLong> byVersion = new ConcurrentHashMap<>();
      // every prediction: when it was sent, when its answer came, the version that answered
      List<long[]> answers = java.util.Collections.synchronizedList(new ArrayList<>());
      List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
      String[] facts = {HandlersTest.THEFT, HandlersTest.DRUNK, "被告人在网络上虚构投资项目，骗取被害人人民币十万元。",
          "被告人持刀将被害人砍伤，经鉴定为轻伤二级。"};
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        Random rnd = new Random(31 + c);
        Thread th = new Thread(() -> {
          while (!stop.get()) {
            try {
              long sent = System.nanoTime();
              var r = rnd.nextInt(5) == 0 ? svc.get("/api/v1/models", TestService.JUDGE)
                  : svc.post("/api/v1/predict", TestService.JUDGE, Json.line(Map.of("facts", facts[rnd.nextInt(facts.length)])));
              requests.incrementAndGet();
              if (r.statusCode() != 200) {
                failures.incrementAndGet();
                notes.add(r.statusCode() + " " + r.body());
              } else if (r.uri().getPath().endsWith("predict")) {
                String v = Json.mapper().readTree(r.body()).get("modelVersion").asText();
                byVersion.computeIfAbsent(v, k -> new AtomicLong()).incrementAndGet();
                answers.add(new long[] {sent, System.nanoTime(), v.contains("@2") ? 2 : 1});
              }
            } catch (Exception e) {
              requests.incrementAndGet();
              failures.incrementAndGet();
              notes.add(e.toString());
            }
          }
        }, "predict-client-" + c);
        th.start();
        clients.add(th);
      }
      long t0 = System.nanoTime();
      List<String> sequence = new ArrayList<>();
      // each switch: sent, answered, version switched to
      List<long[]> switches = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Thread.sleep(700);
        long s0 = System.nanoTime();
        var sw = svc.post("/api/v1/admin/models/switch", TestService.ADMIN, "{\"version\":\"2\"}");
        switches.add(new long[] {s0, System.nanoTime(), 2});
        assertEquals(200, sw.statusCode(), sw.body());
        assertEquals("2", Json.mapper().readTree(sw.body()).get("active").asText());
        sequence.add("2");
        assertServes(svc, "@2");
        Thread.sleep(700);
        long r0 = System.nanoTime();
        var rb = svc.post("/api/v1/admin/models/rollback", TestService.ADMIN, "{\"reason\":\"switch test\"}");
        switches.add(new long[] {r0, System.nanoTime(), 1});
        assertEquals(200, rb.statusCode(), rb.body());
        JsonNode rj = Json.mapper().readTree(rb.body());
        assertEquals("1", rj.get("active").asText(), rb.body());
        assertEquals("2", rj.get("previous").asText(), rb.body());
        sequence.add("1");
        assertServes(svc, "@1");
      }
      // a version that does not exist is refused and the one in use keeps serving
      var missing = svc.post("/api/v1/admin/models/switch", TestService.ADMIN, "{\"version\":\"9\"}");
      assertEquals(400, missing.statusCode(), missing.body());
      assertEquals("/version", Json.mapper().readTree(missing.body()).get("field").asText());
      assertServes(svc, "@1");
      assertEquals(403, svc.post("/api/v1/admin/models/switch", TestService.PLATFORM, "{\"version\":\"2\"}").statusCode());
      Thread.sleep(500);
      stop.set(true);
      for (Thread th : clients) {
        th.join();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "model switch: %d requests by 4 clients in %.1f s, %d failed, %d switches (%s), "
          + "answers by version %s%n", requests.get(), seconds, failures.get(), sequence.size(), sequence, byVersion);
      assertEquals(0, failures.get(), notes.toString());
      // a prediction sent after a switch answered, and answered before the next switch was sent, names that version
      int checked = 0;
      for (int i = 0; i < switches.size(); i++) {
        long after = switches.get(i)[1];
        long before = i + 1 < switches.size() ? switches.get(i + 1)[0] : Long.MAX_VALUE;
        for (long[] a : List.copyOf(answers)) {
          if (a[0] > after && a[1] < before) {
            assertEquals(switches.get(i)[2], a[2], "a prediction between switch " + i + " and the next");
            checked++;
          }
        }
      }
      System.out.println("model switch: " + checked + " predictions sent and answered between two switches named the version switched to");
      assertTrue(checked > 50, "predictions between switches: " + checked);
      assertTrue(byVersion.keySet().stream().anyMatch(v -> v.contains("@2")) && byVersion.keySet().stream().anyMatch(v -> v.contains("@1")),
          byVersion.toString());
      assertEquals(new ModelRegistry.Active("1", "2"), ModelRegistry.open(registry).active());
    }
  }

  /**
   * One served-models holder behind prediction and advice: after {@code models activate 1} (an older
   * version than the latest) CLI predict, CLI advise and the service's predict and advise all use
   * version 1, and a switch and a rollback through the API change prediction and advice together.
   */
  @Test
  void activatingAnOlderVersionChangesPredictAdviseAndTheApiTogether() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-activate");
    Path registry = dir.resolve("models");
    Path cail = SharedData.require("cail2018");
    Path law = SharedData.require("laws/刑法/刑法.md");
    Path laws = law.getParent().getParent();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    TrainingJob.run(new TrainingJob.Settings(registry, cail, null, null, null, "1"), ModelTrainer.Config.defaults(), quiet);
    TrainingJob.run(new TrainingJob.Settings(registry, cail, null, null, law, "2"), ModelTrainer.Config.defaults(), quiet);
    assertEquals(0, XiezhiCli.commandLine().execute("models", "activate", "--data-dir", dir.toString(), "1"));

    Path in = dir.resolve("facts.jsonl");
    Files.writeString(in, Json.line(Map.of("id", "a", "fact", HandlersTest.THEFT, "charges", List.of("盗窃罪"))) + "\n",
        StandardCharsets.UTF_8);
    assertEquals(0, XiezhiCli.commandLine().execute("predict", "--data-dir", dir.toString(), "--in", in.toString(),
        "--out", dir.resolve("predicted.jsonl").toString()));
    String predicted = Files.readString(dir.resolve("predicted.jsonl"), StandardCharsets.UTF_8);
    assertTrue(predicted.contains("xiezhi-charges@1+") && !predicted.contains("@2"), predicted);
    assertEquals(0, XiezhiCli.commandLine().execute("advise", "--data-dir", dir.toString(), "--laws", laws.toString(),
        "--in", in.toString(), "--out", dir.resolve("advised.jsonl").toString()));
    String advised = Files.readString(dir.resolve("advised.jsonl"), StandardCharsets.UTF_8);
    assertTrue(advised.contains("xiezhi-charges@1+") && !advised.contains("@2"), advised);

    IndexBuilder.build(IndexBuilder.Settings.defaults(dir.resolve("index")), CaseSource.jsonl(TestDataRoot.get().cases()), null,
        LegalDictionary.builtIn(), null, quiet);
    var services = org.xiezhi.api.wiring.KnowledgeBase.open(new DataDir(dir),
        new org.xiezhi.api.wiring.KnowledgeBase.Settings(null, 0, null, laws, quiet));
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir)) {
      assertEverywhere(svc, "@1");
      var sw = svc.post("/api/v1/admin/models/switch", TestService.ADMIN, "{\"version\":\"2\"}");
      assertEquals(200, sw.statusCode(), sw.body());
      assertEverywhere(svc, "@2");
      var rb = svc.post("/api/v1/admin/models/rollback", TestService.ADMIN, "{\"reason\":\"activation test\"}");
      assertEquals(200, rb.statusCode(), rb.body());
      assertEverywhere(svc, "@1");
      // pinned by the command line while the service runs: picked up within a second by predict and advice
      assertEquals(0, XiezhiCli.commandLine().execute("models", "activate", "--data-dir", dir.toString(), "2"));
      Thread.sleep(ServedModels.PIN_CHECK_NANOS / 1_000_000 + 200);
      assertEverywhere(svc, "@2");
    }
    assertEquals(new ModelRegistry.Active("2", "1"), ModelRegistry.open(registry).active());
  }

  /**
   * A service started on a data root whose registry is still empty (the demo, while its models
   * train in the background): predictions answer 503 and advice has no model estimate; once models
   * are trained into the registry and the served models are reloaded (what the demo does when its
   * training ends), predict, the charge check and the sentencing reference all use them, without a
   * restart. Closing the service stops serving them.
   */
  @Test
  void modelsTrainedWhileServingReachPredictAndAdviceWithoutARestart() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-hot-swap");
    Path cail = SharedData.require("cail2018");
    Path laws = SharedData.require("laws/刑法/刑法.md").getParent().getParent();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    IndexBuilder.build(IndexBuilder.Settings.defaults(dir.resolve("index")), CaseSource.jsonl(TestDataRoot.get().cases()), null,
        LegalDictionary.builtIn(), null, quiet);
    var services = org.xiezhi.api.wiring.KnowledgeBase.open(new DataDir(dir),
        new org.xiezhi.api.wiring.KnowledgeBase.Settings(null, 0, null, laws, quiet));
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir)) {
      var none = svc.post("/api/v1/predict", TestService.JUDGE, Json.line(Map.of("facts", HandlersTest.THEFT)));
      assertEquals(503, none.statusCode(), none.body());
      var s0 = svc.post("/api/v1/advise/sentencing", TestService.JUDGE,
          "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\"}");
      assertEquals(200, s0.statusCode(), s0.body());
      // the advisor's own version alone: no trained model took part
      assertEquals("advisor@0.1", Json.mapper().readTree(s0.body()).get("modelVersion").asText(), s0.body());

      TrainingJob.run(new TrainingJob.Settings(dir.resolve("models"), cail, null, null, null, "1"),
          ModelTrainer.Config.defaults(), quiet);
      services.prediction().reload();
      assertEverywhere(svc, "@1");
    }
    var closed = (org.xiezhi.api.wiring.ServedPredictions) services.prediction();
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> closed.predict(HandlersTest.THEFT));
  }

  /** Predict, the model list, the charge check and the sentencing reference all name the version. */
  private static void assertEverywhere(TestService svc, String version) throws Exception {
    assertServes(svc, version);
    String other = version.equals("@1") ? "@2" : "@1";
    var c = svc.post("/api/v1/advise/charge-check", TestService.JUDGE,
        "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charges\":[\"盗窃罪\"]}");
    assertEquals(200, c.statusCode(), c.body());
    String cm = Json.mapper().readTree(c.body()).get("modelVersion").asText();
    assertTrue(cm.contains("xiezhi-charges" + version) && !cm.contains(other), c.body());
    var s = svc.post("/api/v1/advise/sentencing", TestService.JUDGE,
        "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\"}");
    assertEquals(200, s.statusCode(), s.body());
    String sm = Json.mapper().readTree(s.body()).get("modelVersion").asText();
    assertTrue(sm.contains("xiezhi-term" + version) && !sm.contains(other), s.body());
  }

  /** The next prediction (and the model list) name the expected version. */
  static void assertServes(TestService svc, String version) throws Exception {
    var p = svc.post("/api/v1/predict", TestService.JUDGE, Json.line(Map.of("facts", HandlersTest.THEFT)));
    assertEquals(200, p.statusCode(), p.body());
    String v = Json.mapper().readTree(p.body()).get("modelVersion").asText();
    assertTrue(v.contains("xiezhi-charges" + version) && v.contains("xiezhi-term" + version), v);
    assertTrue(svc.get("/api/v1/models", TestService.JUDGE).body().contains("\"version\":\"" + version.substring(1) + "\""));
  }
}
