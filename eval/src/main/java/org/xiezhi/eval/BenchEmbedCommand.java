package org.xiezhi.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi embed}: Benchmark the embedding pipeline against bare ONNX Runtime. PLACEHOLDER until built. */
@Command(name = "embed", mixinStandardHelpOptions = true, description = "Benchmark the embedding pipeline against bare ONNX Runtime.")
public final class BenchEmbedCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("embed: not built yet");
    return 2;
  }
}
