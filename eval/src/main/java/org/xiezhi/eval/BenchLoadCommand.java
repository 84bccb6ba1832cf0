package org.xiezhi.eval;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.xiezhi.api.extension.LocalService;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi bench load}: a bounded load test on loopback. Starts the service in this process
 * on a free port (or targets {@code --url}), runs {@code --clients} closed-loop clients over a
 * fixed mix of endpoints for {@code --seconds}, and prints p50/p99 per endpoint and the error
 * count. Exits 1 when any response was a 5xx. With {@code --batch-clients N} it measures fairness
 * instead: {@code --seconds} of the interactive mix alone (no batch calls), then the same again with
 * N more clients sending batch calls (similar cases for 8 fact descriptions, predictions for 16),
 * and prints the interactive p99 of both phases and their ratio.
 */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Load-test the HTTP service on loopback.")
public final class BenchLoadCommand implements Callable<Integer> {
  @Option(names = "--seconds", defaultValue = "60", description = "duration (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--clients", defaultValue = "32", description = "concurrent clients (default ${DEFAULT-VALUE})")
  int clients;

  @picocli.CommandLine.Mixin org.xiezhi.api.extension.DataDirOptions data = new org.xiezhi.api.extension.DataDirOptions();

  @Option(names = "--url", description = "an already running service to target instead of starting one")
  String url;

  @Option(names = "--key", description = "API key for --url (a platform key)")
  String key;

  @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--batch-clients", defaultValue = "0",
      description = "measure fairness: interactive alone, then with this many batch clients (default ${DEFAULT-VALUE}: off)")
  int batchClients;

  record Call(String name, String method, String path, String body) {}

  /** The ids of the corpus's judgments, for the mix's case lookups. */
  private List<String> caseIds = List.of();

  /** The longest case-search query the service takes (docs/api.md). */
  static final int MAX_QUERY = 2000;

  @Override
  public Integer call() throws Exception {
    if (url != null && key == null) {
      System.err.println("error: --url needs --key");
      return 2;
    }
    org.xiezhi.corpus.data.DataDir d = data.data();
    List<CaseRecord> records = org.xiezhi.corpus.io.JsonLinesReader.readAll(d.requireCases(), CaseRecord.class);
    List<String> facts = records.stream()
        // facts within the case-search limit (2,000 characters), so every call of the mix is a valid one
        .map(CaseRecord::facts).filter(f -> f != null && f.length() > 20 && f.length() <= MAX_QUERY).toList();
    // lookups ask for judgments the corpus really holds, so they measure a found case, not a 404
    caseIds = records.stream().map(CaseRecord::id).filter(id -> id != null && !id.isBlank()).toList();
    LocalService svc = null;
    String base = url;
    String apiKey = key;
    if (url == null) {
      svc = LocalService.start(d, data.indexOverride(), System.out);
      base = svc.url();
      apiKey = svc.key();
      System.out.printf(Locale.ROOT, "settings: %s; %d clients, %d batch clients, %d s, seed %d, %d query texts%n",
          svc.describe(), clients, batchClients, seconds, seed, facts.size());
    } else {
      System.out.printf(Locale.ROOT, "settings: target %s; %d clients, %d s, seed %d%n", base, clients, seconds, seed);
    }
    try {
      if (batchClients > 0) {
        return BatchFairness.run(this, base, apiKey, facts);
      }
      return run(base, apiKey, facts, clients, 0, false).exit();
    } finally {
      if (svc != null) {
        svc.close();
      }
    }
  }

  /** What one run saw: the interactive latencies (all endpoints), 5xx and transport error counts. */
  record Outcome(List<Long> interactive, long fiveXx, long transportErrors, int health) {
    int exit() {
      return fiveXx == 0 && transportErrors == 0 && health == 200 ? 0 : 1;
    }

    double p(double q) {
      List<Long> l = new ArrayList<>(interactive);
      Collections.sort(l);
      return l.isEmpty() ? Double.NaN : pct(l, q);
    }
  }

  /**
   * {@code interactiveClients} on the fixed mix ({@code noBatch}: without its batch calls) and
   * {@code batch} clients on batch calls, for {@code --seconds}; prints the table.
   */
  Outcome run(String base, String apiKey, List<String> facts, int interactiveClients, int batch, boolean noBatch) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(4)).build();
    Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    Map<String, Map<Integer, Long>> statuses = new ConcurrentHashMap<>();
    AtomicLong transportErrors = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(interactiveClients + batch);
    for (int c = 0; c < interactiveClients + batch; c++) {
      Random rnd = new Random(seed * 1000 + c);
      boolean batchClient = c >= interactiveClients;
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          Call call = batchClient ? BatchFairness.batchCall(rnd, facts) : next(rnd, facts, caseIds);
          if (!batchClient && noBatch && call.name().contains("batch")) {
            continue;
          }
          HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + call.path())).timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + apiKey);
          if (call.body() != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
          } else {
            b.GET();
          }
          long t = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            long ns = System.nanoTime() - t;
            latencies.computeIfAbsent(call.name(), k -> Collections.synchronizedList(new ArrayList<>())).add(ns);
            statuses.computeIfAbsent(call.name(), k -> new ConcurrentHashMap<>()).merge(r.statusCode(), 1L, Long::sum);
            if (r.statusCode() == 429) {
              // a client of the platform honours Retry-After instead of asking again at once
              long waitNs = TimeUnit.SECONDS.toNanos(retryAfterSeconds(r));
              Thread.sleep(TimeUnit.NANOSECONDS.toMillis(Math.min(waitNs, Math.max(0, end - System.nanoTime()))));
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
          } catch (Exception e) {
            transportErrors.incrementAndGet();
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    long total = 0;
    long fiveXx = 0;
    long fourXx = 0;
    List<Long> interactive = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%-22s %8s %9s %9s %9s  %s%n", "endpoint", "requests", "p50 ms", "p99 ms", "max ms", "statuses");
    for (String name : new TreeMap<>(latencies).keySet()) {
      List<Long> l = new ArrayList<>(latencies.get(name));
      Collections.sort(l);
      Map<Integer, Long> st = new TreeMap<>(statuses.get(name));
      for (var e : st.entrySet()) {
        if (e.getKey() >= 500) {
          fiveXx += e.getValue();
        } else if (e.getKey() >= 400) {
          fourXx += e.getValue();
        }
      }
      total += l.size();
      if (!name.startsWith(BatchFairness.PREFIX)) {
        interactive.addAll(l);
      }
      System.out.printf(Locale.ROOT, "%-22s %8d %9.1f %9.1f %9.1f  %s%n", name, l.size(), pct(l, 0.50), pct(l, 0.99),
          l.get(l.size() - 1) / 1e6, st);
    }
    System.out.printf(Locale.ROOT, "total %d requests in %d s = %.1f req/s; 5xx: %d; 4xx: %d; transport errors: %d%n",
        total, seconds, total / (double) seconds, fiveXx, fourXx, transportErrors.get());
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    System.out.println("health after load: " + health.statusCode() + " " + health.body());
    return new Outcome(interactive, fiveXx, transportErrors.get(), health.statusCode());
  }

  /** The seconds a 429 answer asks the client to wait ({@code Retry-After}, 1 when absent or not a number). */
  static long retryAfterSeconds(HttpResponse<?> r) {
    try {
      return Math.max(1, Math.min(60, Long.parseLong(r.headers().firstValue("Retry-After").orElse("1").trim())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static double pct(List<Long> sorted, double q) {
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }

  /** The fixed endpoint mix: mostly searches and similar cases, some prediction, advice and lookups. */
  private static Call next(Random rnd, List<String> facts, List<String> caseIds) {
    String f = facts.get(rnd.nextInt(facts.size()));
    int cut = Math.max(20, (int) (f.length() * (0.4 + 0.6 * rnd.nextDouble())));
    String text = f.substring(0, Math.min(f.length(), cut));
    String q = Json.line(text);
    int roll = rnd.nextInt(100);
    if (roll < 25) {
      return new Call("cases/search", "POST", "/api/v1/cases/search", "{\"query\":" + q + ",\"limit\":10}");
    } else if (roll < 45) {
      return new Call("cases/similar", "POST", "/api/v1/cases/similar", "{\"facts\":" + q + ",\"limit\":10}");
    } else if (roll < 60) {
      return new Call("predict", "POST", "/api/v1/predict", "{\"facts\":" + q + "}");
    } else if (roll < 65) {
      StringBuilder sb = new StringBuilder("{\"items\":[");
      for (int i = 0; i < 8; i++) {
        sb.append(i > 0 ? "," : "").append("{\"id\":\"").append(i).append("\",\"facts\":")
            .append(Json.line(facts.get(rnd.nextInt(facts.size())))).append('}');
      }
      return new Call("predict/batch(8)", "POST", "/api/v1/predict/batch", sb.append("]}").toString());
    } else if (roll < 73) {
      return new Call("advise/charge-check", "POST", "/api/v1/advise/charge-check", "{\"facts\":" + q + ",\"charges\":[\"盗窃罪\"]}");
    } else if (roll < 81) {
      return new Call("advise/sentencing", "POST", "/api/v1/advise/sentencing", "{\"facts\":" + q + ",\"charge\":\"诈骗罪\"}");
    } else if (roll < 86) {
      return new Call("advise/hints", "POST", "/api/v1/advise/hints", "{\"facts\":" + q + ",\"termMonths\":" + (1 + rnd.nextInt(60)) + "}");
    } else if (roll < 92) {
      return new Call("statutes/search", "POST", "/api/v1/statutes/search", "{\"query\":" + Json.line(text.substring(0, Math.min(30, text.length()))) + "}");
    } else if (roll < 96) {
      String id = caseIds.get(rnd.nextInt(caseIds.size()));
      return new Call("cases/{id}", "GET", "/api/v1/cases/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8), null);
    } else {
      return new Call("statutes/{id}", "GET", "/api/v1/statutes/" + java.net.URLEncoder.encode("刑法:" + (232 + rnd.nextInt(80)), java.nio.charset.StandardCharsets.UTF_8), null);
    }
  }
}
