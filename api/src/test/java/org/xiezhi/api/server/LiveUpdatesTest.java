package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.indexer.CaseSource;
import org.xiezhi.indexer.IndexBuilder;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.inference.OnnxEmbedder;
import org.xiezhi.inference.TextEmbedder;

/**
 * Judgments added, replaced and deleted through the admin endpoints while client threads keep
 * searching: no request fails, and every change is searchable within the refresh interval.
 */
class LiveUpdatesTest {
  static final int REFRESH_MS = 500;
  /** Allowance on top of the interval for the reopen itself and one polling request on a loaded 2-core machine. */
  static final int SLACK_MS = 1000;
  /** Character pairs that occur nowhere in the demo corpus, one per round. */
  static final String[] TOKENS = {"龘靐", "齉麤", "爩厵", "灪癵", "虋驫", "鱻猋"};

  @Test
  void updatesUnderSearchLoadAreVisibleWithinTheIntervalAndNothingFails() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-live");
    Path judgments = Path.of("..", "demo", "judgments");
    TextEmbedder embedder = OnnxEmbedder.openDefault();
    DataDir data = new DataDir(dir);
    IndexBuilder.build(IndexBuilder.Settings.defaults(data.index()), CaseSource.jsonl(TestDataRoot.get().cases()), null,
        LegalDictionary.builtIn(), embedder, TestDataRoot.QUIET);
    List<CaseRecord> cases = org.xiezhi.corpus.io.JsonLinesReader.readAll(TestDataRoot.get().cases(), CaseRecord.class);
    var services = KnowledgeBase.open(data, new KnowledgeBase.Settings(embedder, REFRESH_MS, null, null, TestDataRoot.QUIET));
    ServerConfig cfg = ServerConfig.defaults(dir, TestService.keys()).withPort(0).withRefreshIntervalMs(REFRESH_MS);
    try (TestService svc = new TestService(cfg, services, dir)) {
      // refused without the admin role, and a bad record names its field
      assertEquals(403, svc.post("/api/v1/admin/cases/upsert", TestService.PLATFORM, "{\"cases\":[{\"id\":\"x\",\"facts\":\"某\"}]}").statusCode());
      var bad = svc.post("/api/v1/admin/cases/upsert", TestService.ADMIN, "{\"cases\":[{\"id\":\"x\",\"facts\":\"某\",\"colour\":1}]}");
      assertEquals(400, bad.statusCode(), bad.body());
      assertEquals("/cases/0/colour", Json.mapper().readTree(bad.body()).get("field").asText(), bad.body());

      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong requests = new AtomicLong();
      AtomicLong failures = new AtomicLong();
      List<String> failureNotes = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Thread> clients = new ArrayList<>();
      String[] queries = {"醉酒驾驶 乙醇含量", "盗窃 电动车", "诈骗 网络 转账", "故意伤害 轻伤", "贩卖毒品 甲基苯丙胺", "交通肇事 逃逸"};
      for (int c = 0; c < 4; c++) {
        Random rnd = new Random(17 + c);
        Thread t = new Thread(() -> {
          while (!stop.get()) {
            try {
              HttpResponse<String> r = rnd.nextInt(4) == 0
                  ? svc.get("/api/v1/cases/text-demo-" + String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(42)), TestService.JUDGE)
                  : svc.post("/api/v1/cases/search", TestService.JUDGE,
                      "{\"query\":\"" + queries[rnd.nextInt(queries.length)] + "\",\"limit\":5}");
              requests.incrementAndGet();
              if (r.statusCode() != 200) {
                failures.incrementAndGet();
                failureNotes.add(r.statusCode() + " " + r.body());
              }
            } catch (Exception e) {
              requests.incrementAndGet();
              failures.incrementAndGet();
              failureNotes.add(e.toString());
            }
          }
        }, "search-client-" + c);
        t.start();
        clients.add(t);
      }
      List<Long> latencies = new ArrayList<>();
      long t0 = System.nanoTime();
      // a victim's full name put back into a fictional judgment: masking must take it out again
      String fullText = Files.readString(judgments.resolve("demo-01.txt")).replace("被害人陈某", "被害人陈晓东");
      assertTrue(fullText.contains("陈晓东"));
      for (int round = 0; round < TOKENS.length; round++) {
        String token = TOKENS[round];
        CaseRecord base = cases.get(round);
        // a new case, a replaced existing one (by id), and a bare judgment text parsed and masked on the way in
        CaseRecord fresh = withFacts(base, "live-" + round, base.facts() + "另查明，案涉物品编号" + token + "。");
        CaseRecord replaced = withFacts(cases.get(20 + round), cases.get(20 + round).id(),
            cases.get(20 + round).facts() + "补充查明，物品编号" + token + "。");
        Map<String, Object> raw = Map.of("id", "live-raw-" + round, "fullText", fullText);
        HttpResponse<String> up;
        if (round % 2 == 0) {
          up = svc.post("/api/v1/admin/cases/upsert", TestService.ADMIN, Json.line(Map.of("cases", List.of(fresh, replaced, raw))));
        } else {
          String lines = Json.line(fresh) + "\n" + Json.line(replaced) + "\n" + Json.line(raw) + "\n";
          up = svc.post("/api/v1/admin/cases/upsert", TestService.ADMIN, lines.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        }
        long applied = System.nanoTime();
        assertEquals(200, up.statusCode(), up.body());
        JsonNode o = Json.mapper().readTree(up.body());
        assertEquals(3, o.get("upserted").asInt(), up.body());
        latencies.add(untilVisible(svc, token, List.of("live-" + round, replaced.id()), applied));
        JsonNode rawCase = Json.mapper().readTree(svc.get("/api/v1/cases/live-raw-" + round, TestService.JUDGE).body());
        assertTrue(String.valueOf(rawCase.get("charges")).contains("盗窃罪"), rawCase.toString());
        assertFalse(rawCase.toString().contains("陈晓东"), "a bare judgment text is masked on the way in: " + rawCase);
        if (round > 0) {
          String gone = "live-" + (round - 1);
          var del = svc.post("/api/v1/admin/cases/delete", TestService.ADMIN, "{\"ids\":[\"" + gone + "\",\"no-such-case\"]}");
          long deleted = System.nanoTime();
          assertEquals(200, del.statusCode(), del.body());
          assertEquals(1, Json.mapper().readTree(del.body()).get("deleted").asInt(), del.body());
          assertEquals("no-such-case", Json.mapper().readTree(del.body()).get("notFound").get(0).asText());
          latencies.add(untilGone(svc, gone, deleted));
        }
      }
      Thread.sleep(1000);
      stop.set(true);
      for (Thread t : clients) {
        t.join();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      long max = latencies.stream().mapToLong(Long::longValue).max().orElseThrow();
      double mean = latencies.stream().mapToLong(Long::longValue).average().orElseThrow();
      JsonNode ready = Json.mapper().readTree(svc.get("/ready", TestService.JUDGE).body());
      System.out.printf(Locale.ROOT,
          "live updates: %d search requests by 4 clients in %.1f s, %d failed; %d changes (upsert batches of 3 and deletes),"
              + " visible after mean %.0f ms, max %d ms (refresh interval %d ms); ready: %s%n",
          requests.get(), seconds, failures.get(), latencies.size(), mean, max, REFRESH_MS, ready.get("updates"));
      assertEquals(0, failures.get(), failureNotes.toString());
      assertTrue(requests.get() > 100, "the clients kept searching: " + requests.get());
      assertTrue(max <= REFRESH_MS + SLACK_MS, "every change visible within the interval: " + latencies);
      assertEquals(42 + TOKENS.length * 2 - (TOKENS.length - 1), ready.get("cases").asInt(), ready.toString());
    }
  }

  static CaseRecord withFacts(CaseRecord r, String id, String facts) {
    return new CaseRecord(id, r.source(), r.title(), r.court(), r.region(), r.caseNumber(), r.documentType(),
        r.procedure(), r.date(), r.year(), facts, r.reasoning(), r.result(), null, r.charges(), r.articles(),
        r.citations(), r.defendants(), r.missing());
  }

  /** Milliseconds from {@code since} until a search for {@code token} returns every id in {@code ids}. */
  static long untilVisible(TestService svc, String token, List<String> ids, long since) throws Exception {
    while (true) {
      var r = svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"" + token + "\",\"limit\":10}");
      assertEquals(200, r.statusCode(), r.body());
      List<String> got = new ArrayList<>();
      Json.mapper().readTree(r.body()).get("hits").forEach(h -> got.add(h.get("id").asText()));
      long ms = (System.nanoTime() - since) / 1_000_000;
      if (got.containsAll(ids)) {
        return ms;
      }
      if (ms > 10_000) {
        throw new AssertionError(token + " not searchable after 10 s: " + got);
      }
      Thread.sleep(10);
    }
  }

  static long untilGone(TestService svc, String id, long since) throws Exception {
    while (true) {
      int status = svc.get("/api/v1/cases/" + id, TestService.JUDGE).statusCode();
      long ms = (System.nanoTime() - since) / 1_000_000;
      if (status == 404) {
        return ms;
      }
      assertEquals(200, status);
      if (ms > 10_000) {
        throw new AssertionError(id + " still served 10 s after its deletion");
      }
      Thread.sleep(10);
    }
  }
}
