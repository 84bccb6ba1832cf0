package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.api.cli.XiezhiCli;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.corpus.ingest.MaskingRecord;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.io.JsonLinesReader;
import org.xiezhi.corpus.mask.MaskingPolicy;
import org.xiezhi.corpus.model.CaseRecord;
import picocli.CommandLine;

/**
 * The masking policy is one setting applied on every door a judgment comes in by: the same
 * judgment (the demo's 苏鹏飞 theft case) through {@code corpus ingest} and through the admin
 * upsert of a running service, under {@code public} and {@code internal}, keeps or masks the
 * defendant's name as the policy says; a service never mixes two policies in one index.
 */
class MaskingDoorsTest {
  static final String DEFENDANT = "苏鹏飞";
  static final String MASKED = "苏某";

  @TempDir Path tmp;

  static String judgment() throws Exception {
    return Files.readString(TestService.demoJudgments().resolve("demo-01.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void corpusIngestMasksUnderTheGivenPolicyAndRecordsIt() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("demo-01.txt"), judgment(), StandardCharsets.UTF_8);
    for (MaskingPolicy p : MaskingPolicy.values()) {
      Path out = tmp.resolve("out-" + p.label());
      assertEquals(0, XiezhiCli.commandLine().execute("corpus", "ingest", "--source", "text=" + in, "--threads", "1",
          "--masking", p.label(), "--out", out.toString()));
      CaseRecord r = JsonLinesReader.readAll(out.resolve("cases.jsonl"), CaseRecord.class).get(0);
      assertNamed(p, r.facts() + r.fullText() + r.defendants().get(0).name(), "corpus ingest --masking " + p.label());
      assertEquals(p, MaskingRecord.read(out).orElseThrow());
    }
    // no option: public, recorded as such
    Path out = tmp.resolve("out-default");
    assertEquals(0, XiezhiCli.commandLine().execute("corpus", "ingest", "--source", "text=" + in, "--threads", "1",
        "--out", out.toString()));
    assertEquals(MaskingPolicy.PUBLIC_RELEASE, MaskingRecord.read(out).orElseThrow());
    assertFalse(Files.readString(out.resolve("cases.jsonl"), StandardCharsets.UTF_8).contains(DEFENDANT));
  }

  @Test
  void aBadPolicyIsAUsageErrorOnEveryCommand() {
    for (List<String> args : List.of(
        List.of("corpus", "ingest", "--source", "text=" + tmp, "--out", tmp.resolve("o").toString(), "--masking", "secret"),
        List.of("serve", "--data-dir", tmp.toString(), "--masking", "secret"),
        List.of("demo", "--data-dir", tmp.toString(), "--masking", "Öffentlich"),
        List.of("setup", "--data-dir", tmp.toString(), "--masking", ""))) {
      CommandLine cl = XiezhiCli.commandLine();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      cl.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
      int rc = cl.execute(args.toArray(String[]::new));
      String msg = err.toString(StandardCharsets.UTF_8);
      assertNotEquals(0, rc, args.toString());
      assertTrue(msg.contains("--masking") && msg.contains("must be 'internal' or 'public'"), args + ": " + msg);
    }
    assertTrue(Files.notExists(tmp.resolve("o")), "nothing written");
  }

  @Test
  void adminUpsertsMaskUnderTheServicePolicy() throws Exception {
    for (MaskingPolicy p : MaskingPolicy.values()) {
      DataDir d = TestDataRoot.copy();
      // the copy's corpus was ingested under public; for the internal door it stands for one ingested under internal
      MaskingRecord.write(d.corpus(), p);
      // with a phone number in full-width digits, which both policies mask
      String text = judgment().replace("户籍地云岭市翠湖区。", "户籍地云岭市翠湖区，联系电话１３９８７６５４３２１。");
      assertNotEquals(judgment(), text);
      try (TestService svc = writable(d, p)) {
        HttpResponse<String> up = svc.post("/api/v1/admin/cases/upsert", TestService.ADMIN,
            Json.line(Map.of("cases", List.of(Map.of("id", "door-" + p.label(), "fullText", text)))));
        assertEquals(200, up.statusCode(), up.body());
        assertEquals(1, Json.mapper().readTree(up.body()).get("upserted").asInt(), up.body());
        JsonNode c = fetch(svc, "door-" + p.label());
        assertNamed(p, c.toString(), "admin upsert under " + p.label());
        HttpResponse<String> hits = svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"联系电话 撬锁 翻窗\",\"limit\":50}");
        assertTrue(hits.body().contains("door-" + p.label()), "the added case is found: " + hits.body());
        for (String body : List.of(c.toString(), hits.body())) {
          assertFalse(body.contains("８７６５４３２１") || body.contains("87654321"), "the full-width phone number is masked: " + body);
        }
        JsonNode ready = Json.mapper().readTree(svc.get("/ready", TestService.ADMIN).body());
        assertEquals(p.label(), ready.at("/updates/masking").asText(), ready.toString());
      }
    }
  }

  @Test
  void aServiceRefusesUpsertsThatWouldMixPolicies() throws Exception {
    DataDir d = TestDataRoot.copy();
    assertEquals(MaskingPolicy.PUBLIC_RELEASE, MaskingRecord.read(d.corpus()).orElseThrow(), "the test root is ingested public");
    try (TestService svc = writable(d, MaskingPolicy.INTERNAL)) {
      HttpResponse<String> up = svc.post("/api/v1/admin/cases/upsert", TestService.ADMIN,
          Json.line(Map.of("cases", List.of(Map.of("id", "mixed", "fullText", judgment())))));
      JsonNode p = ProbeTest.problem(up, 409);
      assertEquals("masking", p.get("field").asText());
      assertTrue(p.get("detail").asText().contains("--masking public"), up.body());
      assertEquals(404, svc.get("/api/v1/cases/mixed", TestService.JUDGE).statusCode(), "nothing added");
      // deletes do not mask: still taken
      assertEquals(200, svc.post("/api/v1/admin/cases/delete", TestService.ADMIN, "{\"ids\":[\"text-demo-01\"]}").statusCode());
    }
  }

  /** The service over a writable copy, masking updates under {@code p}. */
  static TestService writable(DataDir d, MaskingPolicy p) throws Exception {
    var services = KnowledgeBase.open(d, new KnowledgeBase.Settings(null, 200, null, null, TestDataRoot.QUIET, p));
    ServerConfig cfg = ServerConfig.defaults(d.root(), TestService.keys()).withPort(0).withRefreshIntervalMs(200).withMasking(p);
    return new TestService(cfg, services, d.root());
  }

  /** GET of a case just added, waiting out the refresh interval. */
  static JsonNode fetch(TestService svc, String id) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    HttpResponse<String> r;
    do {
      r = svc.get("/api/v1/cases/" + id, TestService.JUDGE);
      if (r.statusCode() == 200) {
        return Json.mapper().readTree(r.body());
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("case " + id + " not found: " + r.statusCode() + " " + r.body());
  }

  static void assertNamed(MaskingPolicy p, String text, String door) {
    if (p == MaskingPolicy.INTERNAL) {
      assertTrue(text.contains(DEFENDANT), door + ": the adult defendant's name is kept");
    } else {
      assertFalse(text.contains(DEFENDANT), door + ": the defendant's name is masked");
      assertTrue(text.contains(MASKED), door + ": as surname + 某");
    }
  }
}
