package org.xiezhi.api.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.api.cli.XiezhiCli;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.models.train.ModelTrainer;
import org.xiezhi.models.train.TrainingJob;

/**
 * A small real data root, built once per test JVM the way an operator builds one: the demo
 * judgments and the public laws through {@code corpus ingest} (parsed, masked), {@code index}
 * (no vectors), and judgment models trained on CAIL2018.
 */
final class TestDataRoot {
  private static DataDir built;

  private TestDataRoot() {}

  static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  /** The data root, built on first use. */
  static synchronized DataDir get() throws IOException {
    if (built != null) {
      return built;
    }
    DataDir d = new DataDir(Files.createTempDirectory("xiezhi-kb"));
    Path laws = SharedData.require("laws");
    long t0 = System.nanoTime();
    run("corpus", "ingest", "--source", "demo=" + TestService.demoJudgments(), "--source", "laws=" + laws,
        "--out", d.corpus().toString());
    long t1 = System.nanoTime();
    run("index", "--data-dir", d.toString(), "--embedder", "none");
    long t2 = System.nanoTime();
    TrainingJob.run(new TrainingJob.Settings(d.models(), SharedData.require("cail2018"), null, null, null, "1"),
        ModelTrainer.Config.defaults(), QUIET);
    System.out.printf(java.util.Locale.ROOT, "test data root %s: ingest %.1f s, index %.1f s, models %.1f s%n", d,
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
    built = d;
    return d;
  }

  /** A fresh copy of the built data root (for tests that write its index or registry). */
  static DataDir copy() throws IOException {
    DataDir from = get();
    Path to = Files.createTempDirectory("xiezhi-kb-copy");
    try (var s = Files.walk(from.root())) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.root().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, t);
        }
      }
    }
    return new DataDir(to);
  }

  /** The services over {@code d}'s index, read-only. */
  static XiezhiServices services(DataDir d, TextEmbedder embedder) throws IOException {
    return KnowledgeBase.open(d, new KnowledgeBase.Settings(embedder, 0, null, null, QUIET));
  }

  /** The services over the shared data root, read-only, no embedding model. */
  static XiezhiServices services() throws IOException {
    return services(get(), null);
  }

  private static void run(String... args) {
    int rc = XiezhiCli.commandLine().execute(args);
    if (rc != 0) {
      throw new IllegalStateException("xiezhi " + String.join(" ", args) + " failed (exit " + rc + ")");
    }
  }
}
