package org.xiezhi.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advise --amount-standard}: a value other than low or high stops the run with a message, writing nothing. */
class AdviseAmountStandardOptionTest {
  @Test
  void aBadAmountStandardIsRefusedBeforeAnythingIsRead(@TempDir Path root) throws Exception {
    Path in = root.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"fact\":\"被告人盗窃现金2000元。\",\"charges\":[\"盗窃罪\"]}\n", StandardCharsets.UTF_8);
    Path out = root.resolve("a.jsonl");
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      rc = XiezhiCli.commandLine().execute("advise", "--in", in.toString(), "--out", out.toString(),
          "--data-dir", root.resolve("data").toString(), "--amount-standard", "medium");
    } finally {
      System.setErr(old);
    }
    assertEquals(2, rc);
    String msg = err.toString(StandardCharsets.UTF_8);
    assertTrue(msg.contains("--amount-standard must be low or high, not medium"), msg);
    assertFalse(Files.exists(out), "nothing written");
  }
}
