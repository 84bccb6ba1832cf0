package org.xiezhi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalLecardCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingDataFolderIsAClearErrorAndWritesNothing() {
    Path out = dir.resolve("out");
    int rc = new CommandLine(new EvalLecardCommand())
        .execute("--data", dir.resolve("no-such-folder").toString(), "--out", out.toString());
    assertEquals(2, rc);
    assertFalse(Files.exists(out));
  }

  @Test
  void aFolderWithoutTheLecardFilesIsRefused() throws Exception {
    Files.writeString(dir.resolve("query.json"), "");
    int rc = new CommandLine(new EvalLecardCommand())
        .execute("--data", dir.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, rc);
  }

  @Test
  void badOptionValuesAreRefused() {
    assertEquals(2, new CommandLine(new EvalLecardCommand())
        .execute("--data", dir.toString(), "--out", dir.toString(), "--charge-weight", "-1"));
    assertEquals(2, new CommandLine(new EvalLecardCommand())
        .execute("--data", dir.toString(), "--out", dir.toString(), "--dense-max-length", "1"));
  }
}
