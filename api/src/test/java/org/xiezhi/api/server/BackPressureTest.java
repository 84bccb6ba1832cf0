package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.port.CaseSearchPort;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.corpus.model.CaseRecord;

/** When the worker queue is full the service answers 429 with Retry-After at once. */
class BackPressureTest {

  @Test
  void fullQueueGives429WithRetryAfter() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    XiezhiServices services = slowSearch(release);
    Path dir = Files.createTempDirectory("xiezhi-bp");
    ServerConfig cfg = ServerConfig.defaults(dir, TestService.keys()).withPort(0).withWorkers(1, 2);
    try (TestService svc = new TestService(cfg, services, dir)) {
      List<CompletableFuture<Integer>> inFlight = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        inFlight.add(CompletableFuture.supplyAsync(() -> {
          try {
            return svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"盗窃\"}").statusCode();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
      Thread.sleep(500);
      HttpResponse<String> r = svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"诈骗\"}");
      assertEquals(429, r.statusCode(), r.body());
      assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
      assertEquals(200, svc.get("/health", null).statusCode(), "health is answered on the event loop while workers are busy");
      release.countDown();
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (var f : inFlight) {
        statuses.merge(f.get(30, TimeUnit.SECONDS), 1, Integer::sum);
      }
      assertEquals(Map.of(200, 3), statuses);
      assertTrue(svc.get("/metrics", TestService.ADMIN).body().contains("xiezhi_worker_rejected_total 1"));
    }
  }

  /** The real services with a case search that waits for {@code release}. */
  static XiezhiServices slowSearch(CountDownLatch release) throws Exception {
    XiezhiServices base = TestService.services();
    CaseSearchPort slow = new CaseSearchPort() {
      @Override
      public Result search(Query query) {
        try {
          release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return base.cases().search(query);
      }

      @Override
      public Optional<CaseRecord> get(String id) {
        return base.cases().get(id);
      }

      @Override
      public long size() {
        return base.cases().size();
      }

      @Override
      public void reload() {}
    };
    return new XiezhiServices(base.statutes(), slow, base.similar(), base.prediction(), base.advisor(), null);
  }

  @Test
  void aRequestRunningPastTheTimeoutGets503AndTheLateResultIsDropped() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Path dir = Files.createTempDirectory("xiezhi-timeout");
    ServerConfig d = ServerConfig.defaults(dir, TestService.keys());
    ServerConfig cfg = new ServerConfig(d.host(), 0, dir, d.auditLog(), 2, 8, d.bodyLimitBytes(), 300, d.keys());
    try (TestService svc = new TestService(cfg, slowSearch(release), dir)) {
      HttpResponse<String> r = svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"盗窃\"}");
      assertEquals(503, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
      release.countDown();
      Thread.sleep(200);
      assertEquals(200, svc.post("/api/v1/predict", TestService.JUDGE, "{\"facts\":\"被告人窃得电动自行车\"}").statusCode());
      assertEquals(200, svc.get("/health", null).statusCode());
    }
  }
}
