package org.xiezhi.corpus.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.xiezhi.corpus.mask.PiiMasker;

/** Runs one ingest of a text folder in its own JVM, for {@link IngestKillRestartTest}: {@code TEXT_DIR OUT_DIR}. */
public final class IngestChildMain {
  private IngestChildMain() {}

  public static void main(String[] args) throws Exception {
    IngestSettings s = new IngestSettings(List.of(new IngestSettings.Source("text", Path.of(args[0]))), Path.of(args[1]), 1);
    PiiMasker masker = PiiMasker.standard();
    new CorpusIngest(s, masker::forDocument, new PrintStream(System.err, true, StandardCharsets.UTF_8)).run();
  }
}
