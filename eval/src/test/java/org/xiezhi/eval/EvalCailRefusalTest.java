package org.xiezhi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.api.cli.XiezhiCli;
import org.xiezhi.corpus.cail.CailRecords;
import org.xiezhi.corpus.io.JsonLinesWriter;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.SharedData;
import picocli.CommandLine;

/** {@code models train --include-eval-split} on the CAIL2018 test records, then {@code eval cail} refuses those models. */
class EvalCailRefusalTest {
  @TempDir Path dir;

  @Test
  void modelsTrainedOnTheTestSplitAreNotScoredOnIt() throws Exception {
    Path cail = SharedData.require("cail2018");
    Path cases = dir.resolve("cases.jsonl");
    try (JsonLinesWriter w = new JsonLinesWriter(cases)) {
      CailRecords.read(cail.resolve("sample_test.json"), "test", new CailRecords.Sink() {
        @Override
        public void accept(CaseRecord r) throws IOException {
          w.write(r);
        }

        @Override
        public void reject(String id, String reason) {}
      });
      w.commit();
    }
    Path data = dir.resolve("data");
    assertEquals(0, XiezhiCli.commandLine().execute("models", "train", "--data-dir", data.toString(),
        "--cail", cail.toString(), "--cases", cases.toString(), "--include-eval-split"));
    StringWriter err = new StringWriter();
    CommandLine cl = XiezhiCli.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute("eval", "cail", "--data", cail.toString(), "--data-dir", data.toString());
    assertEquals(1, rc, err.toString());
    assertTrue(err.toString().contains("trained on the CAIL2018 evaluation split"), err.toString());
    StringWriter err2 = new StringWriter();
    CommandLine cl2 = XiezhiCli.commandLine();
    cl2.setErr(new PrintWriter(err2, true));
    assertEquals(1, cl2.execute("models", "eval", "--data-dir", data.toString(), "--cail", cail.toString()), err2.toString());
    assertTrue(err2.toString().contains("--include-eval-split"), err2.toString());
  }
}
