package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.audit.QueryDigester;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.SharedData;

/**
 * Replays the cases found by probing a running service (over a Lucene index of the demo judgments
 * and the advisor module): each must now be answered as documented. Bounded: short timeouts, a
 * few sockets.
 */
class ProbeTest {
  static TestService svc;
  static Path dir;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("xiezhi-probe");
    var services = TestDataRoot.services();
    ServerConfig cfg = ServerConfig.defaults(dir, TestService.keys()).withPort(0)
        .withLimits(new ServerConfig.Limits(600, 5_000, 64, 1, 8, 8 << 20));
    svc = new TestService(cfg, services, dir);
  }

  @AfterAll
  static void stop() throws Exception {
    svc.close();
  }

  /** A problem+json body with a bilingual title, a field, and no Java type names. */
  static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
    JsonNode p = Json.mapper().readTree(r.body());
    FuzzTest.checkProblem(p, r.body());
    return p;
  }

  static String lecardFacts(int chars) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String line : Files.readAllLines(SharedData.require("lecard/query.json"), StandardCharsets.UTF_8)) {
      sb.append(Json.mapper().readTree(line).get("q").asText());
      if (sb.length() >= chars) {
        break;
      }
    }
    return sb.substring(0, chars);
  }

  @Test
  void longFactDescriptionsUpToTheLimitAreSearched() throws Exception {
    for (int chars : new int[] {335, 1100, 2000}) {
      String body = Json.line(java.util.Map.of("query", lecardFacts(chars), "limit", 5));
      HttpResponse<String> r = svc.post("/api/v1/cases/search", TestService.JUDGE, body);
      assertEquals(200, r.statusCode(), chars + ": " + r.body());
      assertTrue(Json.mapper().readTree(r.body()).get("total").asLong() > 0, r.body());
    }
    HttpResponse<String> tooLong = svc.post("/api/v1/cases/search", TestService.JUDGE,
        Json.line(java.util.Map.of("query", lecardFacts(2001))));
    assertEquals("/query", problem(tooLong, 400).get("field").asText());
    assertFalse(tooLong.body().contains(lecardFacts(100)), "the query is not echoed");
  }

  @Test
  void bareOperatorsAreSearchedLiterallyNotAParserMessage() throws Exception {
    for (String q : List.of("AND", "OR", "NOT", "盗窃 AND (", "\\\"", "*", "a:b:c")) {
      HttpResponse<String> r = svc.post("/api/v1/cases/search", TestService.JUDGE, Json.line(java.util.Map.of("query", q)));
      assertEquals(200, r.statusCode(), q + ": " + r.body());
      assertFalse(r.body().contains("Encountered") || r.body().contains("Cannot parse"), r.body());
    }
  }

  @Test
  void batchEndpointsAreForPlatformAndAdmin() throws Exception {
    String similar = "{\"items\":[{\"id\":\"a\",\"facts\":\"" + HandlersTest.THEFT + "\",\"limit\":2}]}";
    String predict = "{\"items\":[{\"id\":\"a\",\"facts\":\"" + HandlersTest.DRUNK + "\"}]}";
    for (String key : List.of(TestService.JUDGE, TestService.PROSECUTOR)) {
      assertEquals("role", problem(svc.post("/api/v1/cases/similar/batch", key, similar), 403).get("field").asText());
      problem(svc.post("/api/v1/predict/batch", key, predict), 403);
    }
    for (String key : List.of(TestService.PLATFORM, TestService.ADMIN)) {
      assertEquals(200, svc.post("/api/v1/cases/similar/batch", key, similar).statusCode());
      assertEquals(200, svc.post("/api/v1/predict/batch", key, predict).statusCode());
    }
  }

  private static HttpResponse<String> getWith(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(svc.base() + path)).timeout(Duration.ofSeconds(10)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return svc.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void ambiguousCredentialsAreRefused() throws Exception {
    String admin = "Bearer " + TestService.ADMIN;
    String judge = "Bearer " + TestService.JUDGE;
    assertEquals("Authorization", problem(getWith("/metrics", "Authorization", admin, "Authorization", judge), 400).get("field").asText());
    problem(getWith("/metrics", "Authorization", judge, "Authorization", admin), 400);
    problem(getWith("/metrics", "Authorization", admin, "X-Api-Key", TestService.JUDGE), 400);
    assertEquals("X-Api-Key", problem(getWith("/ready", "X-Api-Key", TestService.JUDGE, "X-Api-Key", TestService.ADMIN), 400)
        .get("field").asText());
    problem(getWith("/ready", "Authorization", "Basic " + TestService.ADMIN), 400);
    assertEquals(200, getWith("/metrics", "Authorization", admin, "X-Api-Key", TestService.ADMIN).statusCode());
    assertEquals(200, getWith("/ready", "X-Api-Key", TestService.JUDGE).statusCode());
  }

  @Test
  void contentTypeIsMatchedExactly() throws Exception {
    String body = "{\"query\":\"盗窃\"}";
    for (String type : List.of("application/jsonFOO", "application/json-patch+json", "application/json; charset=latin1", "text/json")) {
      assertEquals("Content-Type", problem(svc.post("/api/v1/cases/search", TestService.JUDGE,
          body.getBytes(StandardCharsets.UTF_8), type), 415).get("field").asText());
    }
    for (String type : List.of("application/json", "Application/JSON; charset=UTF-8", "application/json;charset=utf-8")) {
      assertEquals(200, svc.post("/api/v1/cases/search", TestService.JUDGE, body.getBytes(StandardCharsets.UTF_8), type).statusCode(), type);
    }
  }

  @Test
  void thePageAndEveryAnswerCarrySecurityHeaders() throws Exception {
    for (HttpResponse<String> r : List.of(getWith("/"), getWith("/app.js"), getWith("/health"),
        svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"盗窃\"}"), getWith("/nope"))) {
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), r.uri().toString());
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    }
  }

  @Test
  void hintsWithoutChargesAreAnswered() throws Exception {
    HttpResponse<String> r = svc.post("/api/v1/advise/hints", TestService.JUDGE, "{\"facts\":\"" + HandlersTest.DRUNK + "\"}");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(Json.mapper().readTree(r.body()).get("hints").size() >= 1, r.body());
  }

  @Test
  void batchMaximumsFitTheBodyLimit() throws Exception {
    String facts = "被".repeat(8000);
    List<java.util.Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      items.add(java.util.Map.of("id", "i" + i, "facts", facts, "limit", 1));
    }
    byte[] body = Json.line(java.util.Map.of("items", items)).getBytes(StandardCharsets.UTF_8);
    assertTrue(body.length > 256 * 1024, "the documented maximum is larger than the interactive body limit: " + body.length);
    HttpResponse<String> r = svc.post("/api/v1/cases/similar/batch", TestService.PLATFORM, body, "application/json");
    assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
    assertEquals(32, Json.mapper().readTree(r.body()).get("results").size());
  }

  @Test
  void undecodableRequestsGetProblems() throws Exception {
    problem(getWith("/api/v1/cases/" + "x".repeat(9000)), 414);
    problem(getWith("/health", "X-Filler", "y".repeat(20_000)), 431);
    // the same on raw sockets, as a careless client sends them
    JsonNode line = rawProblem(rawExchange("GET /api/v1/cases/" + "x".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 5000), 414);
    assertEquals("uri", line.get("field").asText());
    JsonNode headers = rawProblem(rawExchange("GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: " + "y".repeat(20_000) + "\r\n\r\n", 5000), 431);
    assertEquals("headers", headers.get("field").asText());
    for (String badChunk : List.of("ZZZ\r\n{}\r\n0\r\n\r\n", "2;\r\n{}\r\n-1\r\n\r\n", "\r\n{}\r\n0\r\n\r\n")) {
      String chunked = "POST /api/v1/cases/search HTTP/1.1\r\nHost: x\r\nX-Api-Key: " + TestService.JUDGE
          + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + badChunk;
      JsonNode body = rawProblem(rawExchange(chunked, 5000), 400);
      assertEquals("body", body.get("field").asText(), badChunk);
      assertEquals("请求体无法解码 / Request body could not be decoded", body.get("title").asText());
    }
    // a well-formed chunked body is read as usual, and the server goes on serving
    String a = "{\"query\":";
    String b = "\"盗窃\"}";
    String good = "POST /api/v1/cases/search HTTP/1.1\r\nHost: x\r\nX-Api-Key: " + TestService.JUDGE
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + Integer.toHexString(a.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + a + "\r\n"
        + Integer.toHexString(b.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + b + "\r\n0\r\n\r\n";
    assertTrue(rawExchange(good, 5000).startsWith("HTTP/1.1 200"), "a good chunked body");
    assertEquals(200, getWith("/health").statusCode());
  }

  /** The problem document of a raw HTTP/1.1 answer, checked like {@link #problem}. */
  static JsonNode rawProblem(String raw, int status) throws IOException {
    // the status line of a request whose own line could not be read says HTTP/1.0
    assertTrue(raw.matches("(?s)HTTP/1\\.[01] " + status + " .*"), raw.isEmpty() ? "no answer at all" : raw.substring(0, Math.min(300, raw.length())));
    int end = raw.indexOf("\r\n\r\n");
    assertTrue(end > 0, raw);
    String head = raw.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    assertTrue(head.contains("\r\ncontent-type: application/problem+json"), head);
    JsonNode p = Json.mapper().readTree(raw.substring(end + 4));
    FuzzTest.checkProblem(p, raw);
    assertEquals(status, p.get("status").asInt());
    return p;
  }

  /** Writes {@code request} on a fresh socket and reads until the server closes or {@code ms} pass. */
  static String rawExchange(String request, int ms) throws IOException {
    try (Socket s = new Socket("127.0.0.1", svc.service.port())) {
      s.setSoTimeout(ms);
      s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) >= 0; ) {
          got.write(buf, 0, n);
        }
      } catch (java.net.SocketTimeoutException e) {
        // what came so far
      }
      return got.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void partialHeadersDoNotHoldAConnectionOpen() throws Exception {
    try (Socket s = new Socket("127.0.0.1", svc.service.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long t0 = System.nanoTime();
      int read = s.getInputStream().read();
      double ms = (System.nanoTime() - t0) / 1e6;
      assertEquals(-1, read, "closed without an answer");
      assertTrue(ms < 4000, "closed after " + ms + " ms with a 600 ms header timeout");
    }
  }

  @Test
  void aBodyThatStopsComingIsClosedByTheIdleTimeout() throws Exception {
    try (Socket s = new Socket("127.0.0.1", svc.service.port())) {
      s.setSoTimeout(15_000);
      OutputStream out = s.getOutputStream();
      // whole headers (the header timeout no longer applies), then 10 of the 100 body bytes announced
      out.write(("POST /api/v1/cases/search HTTP/1.1\r\nHost: x\r\nX-Api-Key: " + TestService.JUDGE
          + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\":").getBytes(StandardCharsets.UTF_8));
      out.flush();
      long t0 = System.nanoTime();
      int read;
      try {
        read = s.getInputStream().read();
      } catch (java.net.SocketException reset) {
        read = -1;
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      assertEquals(-1, read, "closed without an answer");
      assertTrue(ms < 12_000, "closed after " + ms + " ms with a 5,000 ms idle timeout (the request timeout is 30,000 ms)");
    }
    assertEquals(200, getWith("/health").statusCode());
  }

  @Test
  void connectionsBeyondTheCapAreClosed() throws Exception {
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < 64; i++) {
        held.add(new Socket("127.0.0.1", svc.service.port()));
      }
      Thread.sleep(200);
      try (Socket extra = new Socket("127.0.0.1", svc.service.port())) {
        extra.setSoTimeout(3000);
        extra.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        int b;
        try {
          b = extra.getInputStream().read();
        } catch (java.net.SocketException reset) {
          b = -1;
        }
        assertEquals(-1, b, "the 65th connection is closed");
      }
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
    Thread.sleep(300);
    assertEquals(200, getWith("/health").statusCode());
  }

  @Test
  void abortedRequestsAreAuditedAsClientClosedAndDigestsAreKeyed() throws Exception {
    try (Socket s = new Socket("127.0.0.1", svc.service.port())) {
      s.getOutputStream().write(("POST /api/v1/cases/search HTTP/1.1\r\nHost: x\r\nX-Api-Key: " + TestService.JUDGE
          + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\":").getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      Thread.sleep(200);
    }
    svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"醉酒驾驶\"}");
    Path log = svc.dataDir.resolve("audit/audit.jsonl");
    long deadline = System.nanoTime() + 5_000_000_000L;
    String text = "";
    while (System.nanoTime() < deadline && !(text.contains("\"status\":499") && text.contains("\"status\":200"))) {
      Thread.sleep(100);
      text = Files.readString(log, StandardCharsets.UTF_8);
    }
    assertTrue(text.contains("\"status\":499"), text);
    QueryDigester d = QueryDigester.open(svc.dataDir.resolve("secrets/audit-digest.key"));
    String expected = d.digest("/api/v1/cases/search", "{\"query\":\"醉酒驾驶\"}".getBytes(StandardCharsets.UTF_8));
    assertTrue(expected.startsWith("hmac-sha256:k1:"), expected);
    assertTrue(text.contains(expected), "the keyed digest of the search is in the log");
    assertFalse(text.contains("sha256:" + sha256Prefix("/api/v1/cases/search", "{\"query\":\"醉酒驾驶\"}")),
        "an unkeyed digest of a guessed query is not");
    Path copy = dir.resolve("rotated.key");
    Files.copy(svc.dataDir.resolve("secrets/audit-digest.key"), copy);
    assertEquals("k2", QueryDigester.rotate(copy));
    String rotated = QueryDigester.open(copy).digest("/api/v1/cases/search", "{\"query\":\"醉酒驾驶\"}".getBytes(StandardCharsets.UTF_8));
    assertTrue(rotated.startsWith("hmac-sha256:k2:"));
    assertNotEquals(expected.substring(15), rotated.substring(15));
  }

  private static String sha256Prefix(String uri, String body) throws Exception {
    var md = java.security.MessageDigest.getInstance("SHA-256");
    md.update(uri.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(body.getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  @Test
  void theGuardLeavesDigestsAndMasksFullWidthNumbers() {
    String sha = "9f2c4e1a0b7d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9012345678ab7f750";
    assertEquals("model sha256 " + sha, PersonalDataGuard.scrub("model sha256 " + sha));
    assertEquals("电话１３９********", PersonalDataGuard.scrub("电话１３９１２３４５６７８"));
    assertEquals("电话139********", PersonalDataGuard.scrub("电话13912345678"));
  }
}
