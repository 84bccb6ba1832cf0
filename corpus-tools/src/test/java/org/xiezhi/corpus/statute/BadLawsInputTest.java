package org.xiezhi.corpus.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Empty, missing and garbled laws folders give clear errors or reported problems. */
class BadLawsInputTest {
  private static final String LAW = "# 示例刑法\n\n2030年1月1日 通过\n\n<!-- INFO END -->\n\n## 第一编 总则\n\n"
      + "第一条 为了示例，制定本法。\n\n## 第二编 分则\n\n第二条 擅自捕捉萤火虫的，处拘役，并处罚金。\n";

  @Test
  void missingFolderAndMissingCriminalLawAreErrors(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> LawsSource.read(dir.resolve("nope")));
    assertTrue(e.getMessage().contains("laws folder not found"), e.getMessage());
    e = assertThrows(IOException.class, () -> LawsSource.read(dir));
    assertTrue(e.getMessage().contains("Criminal Law file missing"), e.getMessage());
  }

  @Test
  void emptyOrGarbledCriminalLawIsAnError(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("刑法"));
    Files.writeString(dir.resolve("刑法/刑法.md"), "  \n");
    IOException e = assertThrows(IOException.class, () -> LawsSource.read(dir));
    assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    Files.write(dir.resolve("刑法/刑法.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    e = assertThrows(IOException.class, () -> LawsSource.read(dir));
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    Files.writeString(dir.resolve("刑法/刑法.md"), "# 示例\n\n没有条文。\n");
    e = assertThrows(IOException.class, () -> LawsSource.read(dir));
    assertTrue(e.getMessage().contains("no article"), e.getMessage());
  }

  @Test
  void aGarbledInterpretationIsReportedAndTheRestIsRead(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("刑法"));
    Files.createDirectories(dir.resolve("司法解释"));
    Files.writeString(dir.resolve("刑法/刑法.md"), LAW, StandardCharsets.UTF_8);
    Files.write(dir.resolve("司法解释/坏文件(2030-01-02).md"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0});
    Files.writeString(dir.resolve("司法解释/示例解释.md"),
        "# 示例解释\n\n2030年2月3日 通过\n\n<!-- INFO END -->\n\n第一条 本解释示例。\n", StandardCharsets.UTF_8);
    LawsSource.Result r = LawsSource.read(dir);
    assertEquals(3, r.articles().size());
    assertEquals("2030-02-03", r.articles().get(2).date());
    assertEquals("示例解释:1", r.articles().get(2).id());
    assertTrue(r.problems().stream().anyMatch(p -> p.contains("坏文件") && p.contains("not valid UTF-8")),
        r.problems().toString());
    assertEquals(1, r.articles().get(1).clauses().get(0).penalties().size());
  }
}
