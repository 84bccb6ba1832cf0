package org.xiezhi.api.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The service's metrics in Prometheus text format: requests and latency per route, inference time
 * per model, index sizes and worker-pool state. A few dozen lines of our own instead of a metrics
 * library: the exposition format is small and the service needs nothing else from one.
 */
public final class ServiceMetrics {
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Map<String, Histogram> inference = new ConcurrentHashMap<>();
  private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();
  private final LongAdder rejected = new LongAdder();

  /** Counts one finished request on a route template (e.g. {@code /api/v1/cases/search}). */
  public void request(String method, String route, int status, long nanos) {
    String labels = "method=\"" + method + "\",route=\"" + escape(route) + "\"";
    requests.computeIfAbsent(labels + ",status=\"" + status + "\"", k -> new LongAdder()).increment();
    latency.computeIfAbsent(labels, k -> new Histogram()).observe(nanos / 1e9);
  }

  /** Records the time one model spent on one call. */
  public void inference(String model, long nanos) {
    inference.computeIfAbsent("model=\"" + escape(model) + "\"", k -> new Histogram()).observe(nanos / 1e9);
  }

  /** A request refused because the worker queue was full. */
  public void rejected() {
    rejected.increment();
  }

  /** Registers a gauge read at scrape time, e.g. {@code xiezhi_index_documents{index="cases"}}. */
  public void gauge(String nameWithLabels, LongSupplier value) {
    gauges.put(nameWithLabels, value);
  }

  /** The exposition text. */
  public String scrape() {
    StringBuilder out = new StringBuilder(4096);
    out.append("# HELP xiezhi_http_requests_total Requests finished, by route and status.\n");
    out.append("# TYPE xiezhi_http_requests_total counter\n");
    new TreeMap<>(requests).forEach((k, v) -> out.append("xiezhi_http_requests_total{").append(k).append("} ").append(v.sum()).append('\n'));
    out.append("# HELP xiezhi_http_request_duration_seconds Request latency by route.\n");
    out.append("# TYPE xiezhi_http_request_duration_seconds histogram\n");
    new TreeMap<>(latency).forEach((k, h) -> h.write(out, "xiezhi_http_request_duration_seconds", k));
    out.append("# HELP xiezhi_inference_duration_seconds Time spent in a model per call.\n");
    out.append("# TYPE xiezhi_inference_duration_seconds histogram\n");
    new TreeMap<>(inference).forEach((k, h) -> h.write(out, "xiezhi_inference_duration_seconds", k));
    out.append("# HELP xiezhi_worker_rejected_total Requests refused with 429 because the worker queue was full.\n");
    out.append("# TYPE xiezhi_worker_rejected_total counter\n");
    out.append("xiezhi_worker_rejected_total ").append(rejected.sum()).append('\n');
    String lastName = "";
    for (Map.Entry<String, LongSupplier> g : new TreeMap<>(gauges).entrySet()) {
      String name = g.getKey().contains("{") ? g.getKey().substring(0, g.getKey().indexOf('{')) : g.getKey();
      if (!name.equals(lastName)) {
        out.append("# TYPE ").append(name).append(" gauge\n");
        lastName = name;
      }
      out.append(g.getKey()).append(' ').append(g.getValue().getAsLong()).append('\n');
    }
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
