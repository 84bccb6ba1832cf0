package org.xiezhi.corpus.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data root's layout, its refusal of an index folder, the missing parts named with their command, and step fingerprints. */
class DataDirTest {

  @Test
  void layoutAndMissingPartsNameTheCommandThatBuildsThem(@TempDir Path root) throws Exception {
    DataDir d = DataDir.of(root);
    assertEquals(root.resolve("corpus/cases.jsonl"), d.cases());
    assertEquals(root.resolve("audit/audit.jsonl"), d.auditLog());
    assertEquals(root.resolve("backups"), d.backups());
    assertFalse(d.hasIndex());
    DataDir.MissingDataException e = assertThrows(DataDir.MissingDataException.class, d::requireIndex);
    assertTrue(e.getMessage().contains("./xiezhi setup") && e.getMessage().contains(root.resolve("index").toString()), e.getMessage());
    assertTrue(assertThrows(DataDir.MissingDataException.class, d::requireModels).getMessage().contains("models train"));
    assertTrue(assertThrows(DataDir.MissingDataException.class, d::requireCases).getMessage().contains("corpus ingest"));
    Files.createDirectories(d.index());
    Files.writeString(d.index().resolve("index-meta.json"), "{}", StandardCharsets.UTF_8);
    assertEquals(d.index(), d.requireIndex());
    assertEquals(DataDir.DEFAULT, DataDir.of(null).root());
  }

  @Test
  void anIndexFolderGivenAsTheDataRootIsRefusedWithTheOptionsThatReadIt(@TempDir Path root) throws Exception {
    Path index = root.resolve("index");
    Files.createDirectories(index);
    Files.writeString(index.resolve("index-meta.json"), "{}", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataDir.of(index));
    assertTrue(e.getMessage().contains("--index-dir " + index) && e.getMessage().contains("--data-dir " + root.toAbsolutePath()),
        e.getMessage());
  }

  @Test
  void aFingerprintChangesWithAnInputByteOrTheSettings(@TempDir Path root) throws Exception {
    Path in = root.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("a.txt"), "盗窃", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("sub/b.txt"), "诈骗", StandardCharsets.UTF_8);
    String first = StepFingerprint.of("index --embedder int8", List.of(in));
    assertEquals(first, StepFingerprint.of("index --embedder int8", List.of(in)));
    assertNotEquals(first, StepFingerprint.of("index --embedder none", List.of(in)));
    Path file = root.resolve("out/setup.fingerprint");
    assertFalse(StepFingerprint.matches(file, first));
    StepFingerprint.write(file, first);
    assertTrue(StepFingerprint.matches(file, first));
    Files.writeString(in.resolve("sub/b.txt"), "抢劫", StandardCharsets.UTF_8);
    assertFalse(StepFingerprint.matches(file, StepFingerprint.of("index --embedder int8", List.of(in))));
    assertThrows(IllegalArgumentException.class, () -> StepFingerprint.of("x", List.of(root.resolve("missing"))));
  }
}
