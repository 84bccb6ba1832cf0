package org.xiezhi.indexer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.xiezhi.indexer.analysis.LegalDictionary;

/**
 * Runs one index build in its own JVM, for {@link IndexKillRestartTest}:
 * {@code CASES_JSONL STATUTES_JSONL DATA_DIR} (hashed test vectors, a commit every 25 input records).
 */
public final class IndexChildMain {
  private IndexChildMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[2]);
    IndexBuilder.Settings s = IndexBuilder.Settings.defaults(data).withCommitEvery(25);
    PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    IndexBuilder.Counters c = IndexBuilder.build(s, CaseSource.jsonl(Path.of(args[0])), CaseSource.statutes(Path.of(args[1])),
        LegalDictionary.builtIn(), new HashingEmbedder("hash@1"), log);
    log.println(c.report());
  }
}
