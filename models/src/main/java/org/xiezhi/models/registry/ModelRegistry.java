package org.xiezhi.models.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.xiezhi.corpus.io.Json;

/**
 * A directory of model versions: {@code <root>/<id>/<version>/manifest.json} plus the files the
 * manifest lists. Every file is checked against its sha256 and size before use; a mismatch is
 * refused with an error naming the file. Versions are published atomically (written beside, then
 * moved into place).
 */
public final class ModelRegistry {
  /** The manifest file name. */
  public static final String MANIFEST = "manifest.json";

  private final Path root;

  private ModelRegistry(Path root) {
    this.root = root;
  }

  /** Opens (and creates when missing) the registry at {@code root}. */
  public static ModelRegistry open(Path root) throws IOException {
    Files.createDirectories(root);
    return new ModelRegistry(root);
  }

  public Path root() {
    return root;
  }

  /** Every manifest, sorted by id then version. */
  public List<ModelManifest> list() throws IOException {
    List<ModelManifest> out = new ArrayList<>();
    try (Stream<Path> ids = Files.list(root)) {
      for (Path idDir : ids.filter(Files::isDirectory).sorted().toList()) {
        try (DirectoryStream<Path> vs = Files.newDirectoryStream(idDir, Files::isDirectory)) {
          for (Path v : vs) {
            Path m = v.resolve(MANIFEST);
            if (Files.isRegularFile(m)) {
              out.add(read(m));
            }
          }
        }
      }
    }
    out.sort(Comparator.comparing(ModelManifest::id).thenComparing(ModelManifest::version));
    return out;
  }

  /** The newest version of {@code id} (by version string), if any. */
  public Optional<ModelManifest> latest(String id) throws IOException {
    return list().stream().filter(m -> m.id().equals(id)).reduce((a, b) -> b);
  }

  /** The manifest of {@code id@version}, or {@code id} alone for the latest. */
  public ModelManifest find(String ref) throws IOException {
    int at = ref.indexOf('@');
    if (at < 0) {
      return latest(ref).orElseThrow(() -> new IOException("no model " + ref + " in " + root));
    }
    Path m = dir(ref.substring(0, at), ref.substring(at + 1)).resolve(MANIFEST);
    if (!Files.isRegularFile(m)) {
      throw new IOException("no model " + ref + " in " + root);
    }
    return read(m);
  }

  /** The file that pins the version served ({@link #active()}). */
  public static final String ACTIVE = "active.json";

  /** The served version and the one served before it (for a rollback); either may be null. */
  public record Active(String version, String previous) {}

  /** The pinned version (written by {@link #activate}), or nulls when the latest version is served. */
  public Active active() throws IOException {
    Path f = root.resolve(ACTIVE);
    if (!Files.isRegularFile(f)) {
      return new Active(null, null);
    }
    try {
      return Json.mapper().readValue(f.toFile(), Active.class);
    } catch (IOException e) {
      throw new IOException("unreadable " + f + ": " + e.getMessage(), e);
    }
  }

  /**
   * Pins {@code version} as the served one, remembering {@code previous} for a rollback; written to
   * a temporary file and moved into place, so a reader sees the old pin or the new one.
   */
  public void activate(String version, String previous) throws IOException {
    if (version == null || !version.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("version must match [A-Za-z0-9._-]+: " + version);
    }
    Path tmp = Files.createTempFile(root, ACTIVE, ".part");
    try {
      Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(new Active(version, previous)));
      Files.move(tmp, root.resolve(ACTIVE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The folder of one version. */
  public Path dir(String id, String version) {
    return root.resolve(id).resolve(version);
  }

  /**
   * The path of a file of {@code m}, after checking its size and sha256; throws
   * {@link ModelIntegrityException} on a mismatch or a missing file.
   */
  public Path verifiedFile(ModelManifest m, String name) throws IOException {
    ModelManifest.ModelFile f =
        m.files().stream()
            .filter(x -> x.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new ModelIntegrityException(m.ref() + " lists no file " + name));
    Path p = dir(m.id(), m.version()).resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new ModelIntegrityException(m.ref() + ": file " + name + " is missing");
    }
    long size = Files.size(p);
    if (size != f.size()) {
      throw new ModelIntegrityException(
          m.ref() + ": file " + name + " has " + size + " bytes, manifest says " + f.size());
    }
    String sha = sha256(p);
    if (!sha.equals(f.sha256())) {
      throw new ModelIntegrityException(
          m.ref() + ": file " + name + " sha256 " + sha + " does not match manifest " + f.sha256());
    }
    return p;
  }

  /**
   * Publishes a version: the files in {@code staged} (a folder holding exactly the listed files)
   * get the manifest written beside them and the folder is moved to {@code <id>/<version>}
   * (replacing an older copy of the same version).
   */
  public Path publish(ModelManifest m, Path staged) throws IOException {
    for (ModelManifest.ModelFile f : m.files()) {
      Path p = staged.resolve(f.name());
      if (!sha256(p).equals(f.sha256()) || Files.size(p) != f.size()) {
        throw new ModelIntegrityException("staged file " + f.name() + " does not match its manifest entry");
      }
    }
    Files.writeString(staged.resolve(MANIFEST), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m));
    Path target = dir(m.id(), m.version());
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      Path old = target.resolveSibling(m.version() + ".old-" + System.nanoTime());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    } else {
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }
    return target;
  }

  /**
   * Replaces the metrics of a published version (the manifest is rewritten atomically; the model
   * files are untouched) and returns the new manifest.
   */
  public ModelManifest withMetrics(ModelManifest m, java.util.Map<String, Double> metrics) throws IOException {
    ModelManifest n =
        new ModelManifest(m.id(), m.version(), m.task(), m.files(), m.labels(), m.input(), m.decision(),
            java.util.Map.copyOf(metrics), m.trainingData(), m.training(), m.licence());
    Path dir = dir(m.id(), m.version());
    Path tmp = Files.createTempFile(dir, MANIFEST, ".part");
    Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
    Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return n;
  }

  /** The entry for a file about to be published. */
  public static ModelManifest.ModelFile describe(Path file) throws IOException {
    return new ModelManifest.ModelFile(file.getFileName().toString(), sha256(file), Files.size(file));
  }

  /** Lower-case hex sha256 of a file. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ModelManifest read(Path manifest) throws IOException {
    try {
      return Json.mapper().readValue(manifest.toFile(), ModelManifest.class);
    } catch (IOException e) {
      throw new IOException("unreadable manifest " + manifest + ": " + e.getMessage(), e);
    }
  }

  static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
