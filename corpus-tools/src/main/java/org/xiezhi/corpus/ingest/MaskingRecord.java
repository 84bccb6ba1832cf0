package org.xiezhi.corpus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.mask.MaskingPolicy;

/**
 * The masking policy a corpus was ingested under, kept beside its records as {@code masking.json}
 * ({@code {"policy":"public","rules":"法释〔2016〕19号"}}), so that a service adding judgments to
 * an index built from it can tell whether its own policy is the same one.
 */
public final class MaskingRecord {
  /** The file's name in the corpus folder. */
  public static final String FILE = "masking.json";
  /** The rules both policies follow. */
  static final String RULES = "法释〔2016〕19号";

  private MaskingRecord() {}

  /** Writes {@code <corpusDir>/masking.json} for {@code policy} (atomically). */
  public static void write(Path corpusDir, MaskingPolicy policy) throws IOException {
    Files.createDirectories(corpusDir);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("policy", policy.label());
    m.put("rules", RULES);
    Path tmp = Files.createTempFile(corpusDir, FILE, ".part");
    try {
      Files.writeString(tmp, Json.line(m) + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, corpusDir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The policy recorded in {@code <corpusDir>/masking.json}; empty when there is no such file (a
   * corpus ingested before the policy was recorded, or none at all).
   *
   * @throws IllegalStateException when the file cannot be read or names no known policy
   */
  public static Optional<MaskingPolicy> read(Path corpusDir) {
    Path f = corpusDir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      JsonNode root = Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
      JsonNode p = root == null ? null : root.get("policy");
      if (p == null || !p.isTextual()) {
        throw new IllegalStateException(f + ": no \"policy\" (internal or public)");
      }
      return Optional.of(MaskingPolicy.parse(p.textValue()));
    } catch (IOException e) {
      throw new IllegalStateException(f + " cannot be read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(f + ": " + e.getMessage(), e);
    }
  }
}
