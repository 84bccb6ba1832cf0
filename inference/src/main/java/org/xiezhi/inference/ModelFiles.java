package org.xiezhi.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Puts a model's files in a folder and proves them: copies classpath resources once into a cache
 * folder (atomically), and checks every file's size and sha256 against the manifest, refusing a
 * mismatch with a clear error.
 */
public final class ModelFiles {
  private ModelFiles() {}

  /**
   * Copies the manifest's classpath resources into {@code cacheRoot/<id>/<version>/} unless valid
   * copies are already there, writes the manifest beside them, verifies all, and returns the folder.
   */
  public static Path materialise(EmbeddingManifest manifest, byte[] manifestJson, Path cacheRoot) {
    Path dir = cacheRoot.resolve(manifest.id()).resolve(Integer.toString(manifest.version()));
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, EmbeddingManifest.ModelFile> e : manifest.files().entrySet()) {
        EmbeddingManifest.ModelFile f = e.getValue();
        Path target = dir.resolve(f.name());
        if (Files.isRegularFile(target) && Files.size(target) == f.size() && f.sha256().equals(sha256(target))) {
          continue;
        }
        if (f.resource() == null) {
          throw new IllegalStateException(
              "model " + manifest.modelId() + ": file " + f.name() + " is missing or damaged in " + dir
                  + " and has no classpath resource to restore it from");
        }
        copyResource(manifest, f, target);
      }
      Path manifestFile = dir.resolve("manifest.json");
      if (!Files.isRegularFile(manifestFile) || !java.util.Arrays.equals(Files.readAllBytes(manifestFile), manifestJson)) {
        Path tmp = Files.createTempFile(dir, "manifest", ".tmp");
        Files.write(tmp, manifestJson);
        move(tmp, manifestFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare model files in " + dir + ": " + e.getMessage(), e);
    }
    return dir;
  }

  /** Checks that every file of the manifest is in {@code dir} with the declared size and sha256. */
  public static void verify(EmbeddingManifest manifest, Path dir) {
    for (EmbeddingManifest.ModelFile f : manifest.files().values()) {
      Path p = dir.resolve(f.name());
      try {
        if (!Files.isRegularFile(p)) {
          throw new IllegalStateException("model " + manifest.modelId() + ": file missing: " + p);
        }
        long size = Files.size(p);
        if (size != f.size()) {
          throw new IllegalStateException(
              "model " + manifest.modelId() + ": " + p + " has " + size + " bytes, manifest says " + f.size());
        }
        String sum = sha256(p);
        if (!sum.equals(f.sha256())) {
          throw new IllegalStateException(
              "model " + manifest.modelId() + ": sha256 mismatch for " + p + ": found " + sum + ", manifest says "
                  + f.sha256() + " (refusing to load a file that is not the declared model)");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    }
  }

  /** Hex sha256 of a file. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  private static String sha256(InputStream in) throws IOException {
    MessageDigest md = digest();
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void copyResource(EmbeddingManifest manifest, EmbeddingManifest.ModelFile f, Path target)
      throws IOException {
    ClassLoader cl = ModelFiles.class.getClassLoader();
    try (InputStream raw = cl.getResourceAsStream(f.resource())) {
      if (raw == null) {
        throw new IllegalStateException(
            "model " + manifest.modelId() + ": classpath resource " + f.resource() + " not found (is "
                + manifest.source() + " on the classpath?)");
      }
      MessageDigest md = digest();
      Path tmp = Files.createTempFile(target.getParent(), f.name(), ".tmp");
      try {
        long size;
        try (InputStream in = new DigestInputStream(raw, md);
            OutputStream out = Files.newOutputStream(tmp)) {
          size = in.transferTo(out);
        }
        String sum = HexFormat.of().formatHex(md.digest());
        if (size != f.size() || !sum.equals(f.sha256())) {
          throw new IllegalStateException(
              "model " + manifest.modelId() + ": classpath resource " + f.resource() + " has " + size
                  + " bytes and sha256 " + sum + ", manifest says " + f.size() + " bytes and " + f.sha256()
                  + " (refusing to load it)");
        }
        move(tmp, target);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
