package org.xiezhi.corpus.charge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fictional charge-name documents in the real documents' form, and broken inputs. */
class BadChargeInputTest {
  private static final String OPINION = "# " + ChargeCatalogue.OPINION_PREFIX
      + "\n\n<!-- INFO END -->\n\n## 第一章 示例罪\n\n1．捕捉萤火虫罪（第501条） 2．贩卖萤火虫罪（第502条第1款、第2款）\n";
  private static final String SUPPLEMENT = "# 示例补充规定\n\n<!-- INFO END -->\n\n| 刑法条文 |罪名 |\n|-----|-----|\n"
      + "| 第五百零一条 （《示例修正案》第一条） |捕捉、饲养萤火虫罪 （取消捕捉萤火虫罪罪名） |\n"
      + "| 第五百零三条第二款 |观赏萤火虫罪 |\n";

  @Test
  void missingOrEmptyInputsAreClearErrors(@TempDir Path dir) throws IOException {
    IOException e = assertThrows(IOException.class, () -> ChargeCatalogue.build(dir, null, null));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
    Files.createDirectories(dir.resolve("司法解释"));
    e = assertThrows(IOException.class, () -> ChargeCatalogue.build(dir, null, null));
    assertTrue(e.getMessage().contains("charge-name opinion"), e.getMessage());
    Files.writeString(dir.resolve("司法解释/" + ChargeCatalogue.OPINION_PREFIX + "(1997-12-25).md"),
        "# 意见\n\n<!-- INFO END -->\n\n乱码乱码\n");
    e = assertThrows(IOException.class, () -> ChargeCatalogue.build(dir, null, null));
    assertTrue(e.getMessage().contains("no charge"), e.getMessage());
  }

  @Test
  void appliesASupplementAndReportsWhatItCouldNotRead(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("司法解释"));
    Files.writeString(dir.resolve("司法解释/" + ChargeCatalogue.OPINION_PREFIX + "(1997-12-25).md"), OPINION);
    Files.writeString(dir.resolve("司法解释/示例" + ChargeCatalogue.SUPPLEMENT_MARK + "(2030-01-01).md"), SUPPLEMENT);
    Path accu = dir.resolve("accu.txt");
    Files.writeString(accu, "捕捉萤火虫\n贩卖萤火虫\n飞行\n");
    ChargeCatalogue c = ChargeCatalogue.build(dir, accu, null);
    assertEquals("捕捉、饲养萤火虫罪", c.lookup("捕捉萤火虫").orElseThrow().name());
    assertEquals(List.of("刑法第502条第1款", "刑法第502条第2款"), c.lookup("贩卖萤火虫罪").orElseThrow().provisions());
    assertEquals(List.of("刑法第503条第2款"), c.lookup("观赏萤火虫").orElseThrow().provisions());
    assertEquals(List.of("飞行"), c.unmappedCail());
    assertTrue(c.problems().stream().anyMatch(p -> p.contains("expected 8")), c.problems().toString());
    Files.writeString(accu, "\n");
    IOException e = assertThrows(IOException.class, () -> ChargeCatalogue.build(dir, accu, null));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }
}
