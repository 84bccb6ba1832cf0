package org.xiezhi.api.metrics;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A fixed-bucket latency histogram in seconds, safe to update from any thread. */
final class Histogram {
  static final double[] BOUNDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
  private final AtomicLongArray buckets = new AtomicLongArray(BOUNDS.length);
  private final DoubleAdder sum = new DoubleAdder();
  private final LongAdder count = new LongAdder();

  void observe(double seconds) {
    for (int i = 0; i < BOUNDS.length; i++) {
      if (seconds <= BOUNDS[i]) {
        buckets.incrementAndGet(i);
        break;
      }
    }
    sum.add(seconds);
    count.increment();
  }

  /** Appends the Prometheus lines (cumulative buckets, sum, count) for one label set. */
  void write(StringBuilder out, String name, String labels) {
    long cumulative = 0;
    String sep = labels.isEmpty() ? "" : labels + ",";
    for (int i = 0; i < BOUNDS.length; i++) {
      cumulative += buckets.get(i);
      out.append(name).append("_bucket{").append(sep).append("le=\"").append(BOUNDS[i]).append("\"} ")
          .append(cumulative).append('\n');
    }
    long n = count.sum();
    out.append(name).append("_bucket{").append(sep).append("le=\"+Inf\"} ").append(n).append('\n');
    out.append(name).append("_sum{").append(labels).append("} ").append(sum.sum()).append('\n');
    out.append(name).append("_count{").append(labels).append("} ").append(n).append('\n');
  }
}
