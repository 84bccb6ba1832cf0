package org.xiezhi.api.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command reads --data-dir as the data root and, where a part is missing, names the command that builds it. */
class DataRootCommandsTest {

  private static String[] run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = XiezhiCli.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute(args);
    return new String[] {Integer.toString(rc), err.toString()};
  }

  private static void failsNamingSetup(String... args) {
    String[] r = run(args);
    assertNotEquals("0", r[0], String.join(" ", args));
    assertTrue(r[1].contains("./xiezhi setup"), String.join(" ", args) + ": " + r[1]);
  }

  @Test
  void missingPartsOfTheDataRootNameTheCommandThatBuildsThem(@TempDir Path root) throws Exception {
    Path in = root.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"fact\":\"被告人盗窃电动自行车一辆。\",\"charges\":[\"盗窃罪\"]}\n", StandardCharsets.UTF_8);
    Path data = root.resolve("data");
    failsNamingSetup("search", "盗窃", "--data-dir", data.toString());
    failsNamingSetup("similar", "--fact", "被告人盗窃电动自行车一辆。", "--data-dir", data.toString());
    failsNamingSetup("index", "--data-dir", data.toString(), "--embedder", "none");
    failsNamingSetup("predict", "--in", in.toString(), "--out", root.resolve("p.jsonl").toString(), "--data-dir", data.toString());
    failsNamingSetup("advise", "--in", in.toString(), "--out", root.resolve("a.jsonl").toString(), "--data-dir", data.toString());
  }

  @Test
  void anIndexFolderGivenAsDataDirIsRefusedWithTheOptionsThatReadIt(@TempDir Path root) throws Exception {
    Path index = root.resolve("data/index");
    Files.createDirectories(index);
    Files.writeString(index.resolve("index-meta.json"), "{}", StandardCharsets.UTF_8);
    String[] r = run("search", "盗窃", "--data-dir", index.toString());
    assertNotEquals("0", r[0]);
    assertTrue(r[1].contains("--index-dir " + index), r[1]);
  }
}
