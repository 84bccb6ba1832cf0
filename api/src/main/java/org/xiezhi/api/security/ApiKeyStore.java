package org.xiezhi.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API keys held only as salted SHA-256 digests, each with an id (what the audit log records) and a
 * role. Keys come from the config file (already hashed) and from {@code XIEZHI_API_KEYS}
 * (comma-separated {@code key:role} pairs, hashed on load and never kept in clear).
 */
public final class ApiKeyStore {

  /** One stored key: id, role, salt and digest (hex). */
  public record Entry(String id, Role role, String salt, String sha256) {}

  /** The caller a key identified. */
  public record Principal(String keyId, Role role) {}

  /** Shortest key accepted, so that a digest cannot be reversed by trying short strings. */
  public static final int MIN_KEY_LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();
  private final List<Entry> entries;

  public ApiKeyStore(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public int size() {
    return entries.size();
  }

  /** Builds a store entry from a clear key (used for the environment variable and by tooling). */
  public static Entry hash(String id, String key, Role role) {
    if (key.length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException("key '" + id + "' is shorter than " + MIN_KEY_LENGTH + " characters");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    String saltHex = HexFormat.of().formatHex(salt);
    return new Entry(id, role, saltHex, digest(saltHex, key));
  }

  /**
   * Parses {@code key:role,key:role}; ids are {@code env-1}, {@code env-2}, … in order.
   *
   * @throws IllegalArgumentException naming the bad pair (without the key)
   */
  public static List<Entry> parseEnv(String value) {
    List<Entry> out = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return out;
    }
    String[] pairs = value.split(",");
    for (int i = 0; i < pairs.length; i++) {
      String pair = pairs[i].trim();
      int colon = pair.lastIndexOf(':');
      if (colon <= 0 || colon == pair.length() - 1) {
        throw new IllegalArgumentException("XIEZHI_API_KEYS entry " + (i + 1) + " is not key:role");
      }
      try {
        out.add(hash("env-" + (i + 1), pair.substring(0, colon), Role.parse(pair.substring(colon + 1))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("XIEZHI_API_KEYS entry " + (i + 1) + ": " + e.getMessage().replace("'env-" + (i + 1) + "' ", ""));
      }
    }
    return out;
  }

  /** The caller for a presented key, comparing digests in constant time. */
  public Optional<Principal> authenticate(String presented) {
    if (presented == null || presented.isEmpty() || presented.length() > 512) {
      return Optional.empty();
    }
    Principal found = null;
    for (Entry e : entries) {
      byte[] want = HexFormat.of().parseHex(e.sha256());
      byte[] got = HexFormat.of().parseHex(digest(e.salt(), presented));
      if (MessageDigest.isEqual(want, got) && found == null) {
        found = new Principal(e.id(), e.role());
      }
    }
    return Optional.ofNullable(found);
  }

  static String digest(String saltHex, String key) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(HexFormat.of().parseHex(saltHex));
      md.update(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new random key (base64url, 32 bytes of entropy). */
  public static String newKey() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
