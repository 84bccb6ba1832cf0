package org.xiezhi.api.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code xiezhi backup} and {@code xiezhi restore} through the command line: exit codes and messages. */
class BackupRestoreCommandTest {
  @TempDir Path tmp;

  @Test
  void backupRestoreAndADamagedBackup() throws Exception {
    Path data = tmp.resolve("data");
    Files.createDirectories(data.resolve("corpus"));
    Files.createDirectories(data.resolve("models/m/1"));
    Files.writeString(data.resolve("corpus/cases.jsonl"), "{\"id\":\"demo-1\",\"facts\":\"虚构事实\"}\n", StandardCharsets.UTF_8);
    Files.writeString(data.resolve("models/m/1/manifest.json"), "{}", StandardCharsets.UTF_8);
    Files.writeString(data.resolve("corpus/cases.jsonl123.part"), "half", StandardCharsets.UTF_8);
    Path backup = tmp.resolve("backup");

    assertEquals(0, run("backup", "--data-dir", data.toString(), "--to", backup.toString())[0].length());
    assertNotEquals(0, code("backup", "--data-dir", data.toString(), "--to", backup.toString()), "an existing target is refused");
    assertEquals(0, code("restore", "--from", backup.toString(), "--verify-only"));
    Path restored = tmp.resolve("restored");
    assertEquals(0, code("restore", "--from", backup.toString(), "--data-dir", restored.toString()));
    assertEquals(Files.readString(data.resolve("corpus/cases.jsonl")), Files.readString(restored.resolve("corpus/cases.jsonl")));
    assertTrue(Files.isRegularFile(restored.resolve("models/m/1/manifest.json")));
    assertFalse(Files.exists(restored.resolve("corpus/cases.jsonl123.part")), "temporary files are not backed up");

    Files.writeString(backup.resolve("data/models/m/1/manifest.json"), "{\"x\":1}", StandardCharsets.UTF_8);
    String[] out = run("restore", "--from", backup.toString(), "--data-dir", restored.toString(), "--replace");
    assertTrue(out[1].contains("backup is damaged: models/m/1/manifest.json"), out[1]);
    assertEquals("{}", Files.readString(restored.resolve("models/m/1/manifest.json")), "the data directory is untouched");
    assertNotEquals(0, code("restore", "--from", tmp.resolve("nothing").toString(), "--data-dir", restored.toString()));
  }

  private int code(String... args) {
    return XiezhiCli.commandLine().execute(args);
  }

  /** Runs the command, returns {exit code as an empty string when 0, stderr}. */
  private String[] run(String... args) {
    CommandLine cl = XiezhiCli.commandLine();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int rc;
    try {
      cl.setErr(new PrintWriter(System.err, true));
      rc = cl.execute(args);
    } finally {
      System.setErr(old);
    }
    return new String[] {rc == 0 ? "" : String.valueOf(rc), err.toString(StandardCharsets.UTF_8)};
  }
}
