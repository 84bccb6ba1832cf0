package org.xiezhi.models.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {
  @TempDir Path dir;

  private ModelManifest publish(ModelRegistry r, String version, String content) throws Exception {
    Path staged = Files.createTempDirectory(dir, "stage");
    Path f = Files.writeString(staged.resolve("model.onnx"), content);
    ModelManifest m =
        new ModelManifest("demo", version, "test", List.of(ModelRegistry.describe(f)), List.of("a", "b"),
            new ModelManifest.InputSpec("chars", 16, 1, 10, List.of(), "sigmoid"), Map.of(), Map.of(),
            List.of("fictional"), Map.of(), "none");
    r.publish(m, staged);
    return m;
  }

  @Test
  void publishListFindVerify() throws Exception {
    ModelRegistry r = ModelRegistry.open(dir.resolve("reg"));
    publish(r, "1", "one");
    publish(r, "2", "two");
    assertEquals(List.of("demo@1", "demo@2"), r.list().stream().map(ModelManifest::ref).toList());
    assertEquals("demo@2", r.find("demo").ref());
    ModelManifest m1 = r.find("demo@1");
    assertEquals("one", Files.readString(r.verifiedFile(m1, "model.onnx")));
    assertTrue(Files.exists(r.dir("demo", "1").resolve(ModelRegistry.MANIFEST)));
  }

  @Test
  void refusesTamperedOrMissingFiles() throws Exception {
    ModelRegistry r = ModelRegistry.open(dir.resolve("reg"));
    ModelManifest m = publish(r, "1", "abc");
    Path f = r.dir("demo", "1").resolve("model.onnx");
    Files.writeString(f, "abd");
    ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> r.verifiedFile(m, "model.onnx"));
    assertTrue(e.getMessage().contains("sha256"), e.getMessage());
    Files.writeString(f, "abcd");
    e = assertThrows(ModelIntegrityException.class, () -> r.verifiedFile(m, "model.onnx"));
    assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    Files.delete(f);
    assertThrows(ModelIntegrityException.class, () -> r.verifiedFile(m, "model.onnx"));
    assertThrows(ModelIntegrityException.class, () -> r.verifiedFile(m, "other.onnx"));
    assertThrows(java.io.IOException.class, () -> r.find("nothing"));
  }
}
