package org.xiezhi.eval;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.xiezhi.corpus.io.Json;

/**
 * The fairness mode of {@code bench load}: after an untimed warm-up (a third of the duration, at
 * least 5 s), the interactive mix alone, then with batch clients, on
 * the same service in the same process; prints the interactive p50/p99 of both phases and the ratio
 * of the p99s (the service gives batch work its own pool so the ratio stays small).
 */
final class BatchFairness {
  /** Name prefix of the batch clients' calls (kept out of the interactive figures). */
  static final String PREFIX = "batch-client ";

  private BatchFairness() {}

  static int run(BenchLoadCommand cmd, String base, String key, List<String> facts) throws Exception {
    int full = cmd.seconds;
    cmd.seconds = Math.max(5, full / 3);
    System.out.printf(Locale.ROOT, "warm-up (not counted): interactive and batch clients, %d s%n", cmd.seconds);
    cmd.run(base, key, facts, cmd.clients, cmd.batchClients, true);
    cmd.seconds = full;
    System.out.printf(Locale.ROOT, "phase 1: %d interactive clients alone, %d s%n", cmd.clients, cmd.seconds);
    BenchLoadCommand.Outcome alone = cmd.run(base, key, facts, cmd.clients, 0, true);
    System.out.printf(Locale.ROOT, "phase 2: %d interactive clients + %d batch clients, %d s%n", cmd.clients, cmd.batchClients, cmd.seconds);
    BenchLoadCommand.Outcome mixed = cmd.run(base, key, facts, cmd.clients, cmd.batchClients, true);
    double ratio = mixed.p(0.99) / alone.p(0.99);
    System.out.printf(Locale.ROOT, "interactive alone: %d requests, p50 %.1f ms, p99 %.1f ms%n",
        alone.interactive().size(), alone.p(0.50), alone.p(0.99));
    System.out.printf(Locale.ROOT, "interactive with %d batch clients: %d requests, p50 %.1f ms, p99 %.1f ms%n",
        cmd.batchClients, mixed.interactive().size(), mixed.p(0.50), mixed.p(0.99));
    System.out.printf(Locale.ROOT, "interactive p99 ratio (with batch / alone): %.2f (target <= 2); 5xx: %d and %d%n",
        ratio, alone.fiveXx(), mixed.fiveXx());
    return alone.exit() == 0 && mixed.exit() == 0 ? 0 : 1;
  }

  /** A batch client's call: similar cases for 8 fact descriptions, or predictions for 16. */
  static BenchLoadCommand.Call batchCall(Random rnd, List<String> facts) {
    boolean similar = rnd.nextBoolean();
    int n = similar ? 8 : 16;
    StringBuilder sb = new StringBuilder("{\"items\":[");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? "," : "").append("{\"id\":\"").append(i).append("\",\"facts\":")
          .append(Json.line(facts.get(rnd.nextInt(facts.size())))).append('}');
    }
    sb.append("]}");
    return similar
        ? new BenchLoadCommand.Call(PREFIX + "similar/batch(8)", "POST", "/api/v1/cases/similar/batch", sb.toString())
        : new BenchLoadCommand.Call(PREFIX + "predict/batch(16)", "POST", "/api/v1/predict/batch", sb.toString());
  }
}
