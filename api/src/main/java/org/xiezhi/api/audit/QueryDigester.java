package org.xiezhi.api.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed digest of a request for the audit log: HMAC-SHA256 (first 128 bits) under a secret held
 * in a key file outside the log, so a reader of the log cannot confirm a guessed query. The file
 * holds one {@code <key id> <base64 secret>} line per key; the last line signs, and the key id goes
 * into every digest ({@code hmac-sha256:<id>:<hex>}), so rotating (appending a new line, see
 * {@link #rotate}) keeps older lines attributable to their key.
 */
public final class QueryDigester {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final String keyId;
  private final SecretKeySpec key;

  private QueryDigester(String keyId, byte[] secret) {
    this.keyId = keyId;
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The digester of the key file's last key; a missing file is created with one new key (mode 600). */
  public static QueryDigester open(Path keyFile) throws IOException {
    if (!Files.exists(keyFile)) {
      rotate(keyFile);
    }
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(keyFile, StandardCharsets.UTF_8)) {
      if (!l.isBlank() && !l.startsWith("#")) {
        lines.add(l.trim());
      }
    }
    if (lines.isEmpty()) {
      throw new IOException("audit key file " + keyFile.getFileName() + " holds no key");
    }
    String[] last = lines.get(lines.size() - 1).split("\\s+");
    byte[] secret;
    try {
      secret = last.length == 2 ? Base64.getDecoder().decode(last[1]) : new byte[0];
    } catch (IllegalArgumentException e) {
      secret = new byte[0];
    }
    if (!last[0].matches("[A-Za-z0-9._-]{1,32}") || secret.length < 32) {
      throw new IOException("audit key file " + keyFile.getFileName()
          + ": the last line must be '<id> <base64 of at least 32 bytes>'");
    }
    return new QueryDigester(last[0], secret);
  }

  /** Appends a new random key ({@code k1}, {@code k2}, …) to the key file and returns its id. */
  public static String rotate(Path keyFile) throws IOException {
    if (keyFile.getParent() != null) {
      Files.createDirectories(keyFile.getParent());
    }
    int n = Files.exists(keyFile) ? (int) Files.readAllLines(keyFile, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).count() : 0;
    if (!Files.exists(keyFile)) {
      Files.createFile(keyFile);
      try {
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the default permissions
      }
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String id = "k" + (n + 1);
    Files.writeString(keyFile, id + " " + Base64.getEncoder().encodeToString(secret) + "\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return id;
  }

  public String keyId() {
    return keyId;
  }

  /** {@code hmac-sha256:<key id>:<32 hex>} of the request URI and body (body may be null). */
  public String digest(String uri, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(uri.getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        mac.update((byte) 0);
        mac.update(body);
      }
      return "hmac-sha256:" + keyId + ":" + HexFormat.of().formatHex(mac.doFinal(), 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
