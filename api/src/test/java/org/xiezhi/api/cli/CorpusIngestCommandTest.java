package org.xiezhi.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIngestCommandTest {
  private static int run(ByteArrayOutputStream err, String... args) {
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return XiezhiCli.commandLine().execute(args);
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void badSourceIsRefusedWithAMessage(@TempDir Path tmp) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = run(err, "corpus", "ingest", "--source", "pdf=" + tmp, "--out", tmp.resolve("o").toString());
    assertEquals(2, rc);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown kind 'pdf'"));
    assertTrue(Files.notExists(tmp.resolve("o")), "nothing written");
  }

  @Test
  void ingestsAPlainTextJudgment(@TempDir Path tmp) throws Exception {
    Path text = Files.createDirectories(tmp.resolve("judgments"));
    Files.writeString(text.resolve("demo.txt"),
        "湖北省青柳县人民法院 刑事判决书 （2020）鄂9999刑初1号 公诉机关湖北省青柳县人民检察院。 被告人某甲，男。"
            + " 经审理查明，被告人某甲窃取他人电动车一辆。 本院认为，被告人某甲的行为已构成盗窃罪。依照《中华人民共和国刑法》"
            + "第二百六十四条之规定，判决如下： 被告人某甲犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。"
            + " 审判员某乙 二〇二〇年三月三日 书记员某丙", StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = run(err, "corpus", "ingest", "--source", "text=" + text, "--out", tmp.resolve("o").toString(),
        "--threads", "1");
    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, rc, log);
    assertTrue(log.contains("cases: 1 parsed, 0 parsed with named parts missing, 0 rejected"), log);
    String cases = Files.readString(tmp.resolve("o/cases.jsonl"), StandardCharsets.UTF_8);
    assertTrue(cases.contains("\"id\":\"text-demo\"") && cases.contains("\"charges\":[\"盗窃罪\"]"), cases);
    assertTrue(cases.contains("\"articles\":[\"刑法第264条\"]"), cases);
  }
}
