package org.xiezhi.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times an operation over n inputs (one warm-up pass, then {@code rounds} timed passes) and prints
 * wall-clock percentiles with the calling thread's CPU time, so figures taken on a shared machine
 * can be told apart from waiting for a core (the CPU time leaves out native threads, such as
 * ONNX Runtime's intra-op workers).
 */
final class Latency {
  interface Op {
    Object run(int i) throws Exception;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Latency() {}

  /** Runs and prints one line; returns the wall p50 in ms. */
  static double report(String name, Op op, int n, int rounds, double baseP50) throws Exception {
    for (int i = 0; i < n; i++) {
      op.run(i);
    }
    double[] ms = new double[n * rounds];
    double[] cpu = new double[n * rounds];
    boolean cpuTime = THREADS.isCurrentThreadCpuTimeSupported();
    int j = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        long c = cpuTime ? THREADS.getCurrentThreadCpuTime() : 0;
        long t = System.nanoTime();
        op.run(i);
        ms[j] = (System.nanoTime() - t) / 1e6;
        cpu[j++] = cpuTime ? (THREADS.getCurrentThreadCpuTime() - c) / 1e6 : Double.NaN;
      }
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    double p50 = pct(ms, 50);
    System.out.printf(Locale.ROOT, "%-66s n %4d  p50 %7.2f ms  p90 %7.2f  p99 %7.2f  max %7.2f  mean %7.2f"
            + "  | cpu p50 %6.2f p99 %7.2f%s%n",
        name, ms.length, p50, pct(ms, 90), pct(ms, 99), ms[ms.length - 1], Arrays.stream(ms).average().orElse(0),
        pct(cpu, 50), pct(cpu, 99),
        baseP50 > 0 ? String.format(Locale.ROOT, "  (%.1f× baseline p50)", p50 / baseP50) : "");
    return p50;
  }

  /** Nearest-rank percentile of sorted values. */
  static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
