package org.xiezhi.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.Role;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.mask.MaskingPolicy;

/**
 * Every setting of the service in one typed place, validated at start. Read from a JSON config
 * file (all fields optional) and the environment variable {@code XIEZHI_API_KEYS}. {@code masking}
 * is the policy judgments added while serving are masked under (admin upserts, the demo's
 * background load): {@code public} (the default) or {@code internal}, see docs/masking.md.
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    Path auditLog,
    int workerThreads,
    int workerQueue,
    int bodyLimitBytes,
    int requestTimeoutMs,
    List<ApiKeyStore.Entry> keys,
    int refreshIntervalMs,
    Limits limits,
    MaskingPolicy masking) {

  private static final Set<String> FIELDS = Set.of("host", "port", "workerThreads", "workerQueue",
      "bodyLimitBytes", "requestTimeoutMs", "auditLog", "keys", "refreshIntervalMs", "headerTimeoutMs",
      "idleTimeoutMs", "maxConnections", "batchThreads", "batchQueue", "batchBodyLimitBytes", "masking");

  /**
   * Connection and batch limits: a request's headers must arrive within {@code headerTimeoutMs}, an
   * idle connection is closed after {@code idleTimeoutMs}, at most {@code maxConnections} are open;
   * batch operations run on their own {@code batchThreads} with a queue of {@code batchQueue}, and
   * their bodies (and admin upserts) may be up to {@code batchBodyLimitBytes}.
   */
  public record Limits(int headerTimeoutMs, int idleTimeoutMs, int maxConnections, int batchThreads, int batchQueue,
      int batchBodyLimitBytes) {
    /** 10 s for headers, 60 s idle, 1,024 connections, 1 batch thread with a queue of 2 (a batch waits at most
     * two others, so it is refused at once with 429 rather than timing out), 8 MiB batch bodies.
     */
    public static final Limits DEFAULT = new Limits(10_000, 60_000, 1024, 1, 2, 8 << 20);

    public Limits {
      check(headerTimeoutMs >= 100 && headerTimeoutMs <= 600_000, "headerTimeoutMs must be 100..600000");
      check(idleTimeoutMs >= 1000 && idleTimeoutMs <= 3_600_000, "idleTimeoutMs must be 1000..3600000");
      check(maxConnections >= 1 && maxConnections <= 100_000, "maxConnections must be 1..100000");
      check(batchThreads >= 1 && batchThreads <= 64, "batchThreads must be 1..64");
      check(batchQueue >= 1 && batchQueue <= 10_000, "batchQueue must be 1..10000");
      check(batchBodyLimitBytes >= 1024 && batchBodyLimitBytes <= 256 << 20, "batchBodyLimitBytes must be 1 KiB..256 MiB");
    }
  }

  /** A config that masks updates under the default policy (public release). */
  public ServerConfig(String host, int port, Path dataDir, Path auditLog, int workerThreads, int workerQueue,
      int bodyLimitBytes, int requestTimeoutMs, List<ApiKeyStore.Entry> keys, int refreshIntervalMs, Limits limits) {
    this(host, port, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys,
        refreshIntervalMs, limits, MaskingPolicy.DEFAULT);
  }

  /** A config with the default connection and batch limits. */
  public ServerConfig(String host, int port, Path dataDir, Path auditLog, int workerThreads, int workerQueue,
      int bodyLimitBytes, int requestTimeoutMs, List<ApiKeyStore.Entry> keys, int refreshIntervalMs) {
    this(host, port, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys,
        refreshIntervalMs, Limits.DEFAULT);
  }

  /** A config with the default refresh interval. */
  public ServerConfig(String host, int port, Path dataDir, Path auditLog, int workerThreads, int workerQueue,
      int bodyLimitBytes, int requestTimeoutMs, List<ApiKeyStore.Entry> keys) {
    this(host, port, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys, REFRESH_MS);
  }

  public ServerConfig {
    keys = List.copyOf(keys);
    check(port >= 0 && port <= 65535, "port must be 0..65535");
    check(workerThreads >= 1 && workerThreads <= 256, "workerThreads must be 1..256");
    check(workerQueue >= 1 && workerQueue <= 100_000, "workerQueue must be 1..100000");
    check(bodyLimitBytes >= 1024 && bodyLimitBytes <= 64 << 20, "bodyLimitBytes must be 1 KiB..64 MiB");
    check(requestTimeoutMs >= 100 && requestTimeoutMs <= 600_000, "requestTimeoutMs must be 100..600000");
    check(refreshIntervalMs >= 10 && refreshIntervalMs <= 600_000, "refreshIntervalMs must be 10..600000");
    check(limits != null, "limits missing");
    check(masking != null, "masking missing");
    check(!keys.isEmpty(), "no API key configured: add keys to the config file or set XIEZHI_API_KEYS");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("config: " + message);
    }
  }

  private static final String HOST = "127.0.0.1";
  private static final int PORT = 8080;
  private static final String AUDIT_LOG = "audit/audit.jsonl";
  private static final int WORKERS = 2;
  private static final int QUEUE = 64;
  private static final int BODY_LIMIT = 256 * 1024;
  private static final int TIMEOUT_MS = 30_000;
  /** Longest time before a judgment added or changed while serving is searchable. */
  private static final int REFRESH_MS = 1000;

  /** Defaults: loopback, 2 workers (one per core here), queue 64, 256 KiB bodies, 30 s timeout. */
  public static ServerConfig defaults(Path dataDir, List<ApiKeyStore.Entry> keys) {
    return new ServerConfig(HOST, PORT, dataDir, dataDir.resolve(AUDIT_LOG), WORKERS, QUEUE, BODY_LIMIT, TIMEOUT_MS, keys);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys, refreshIntervalMs, limits, masking);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys, refreshIntervalMs, limits, masking);
  }

  public ServerConfig withRefreshIntervalMs(int ms) {
    return new ServerConfig(host, port, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys, ms, limits, masking);
  }

  public ServerConfig withWorkers(int threads, int queue) {
    return new ServerConfig(host, port, dataDir, auditLog, threads, queue, bodyLimitBytes, requestTimeoutMs, keys, refreshIntervalMs, limits, masking);
  }

  public ServerConfig withLimits(Limits l) {
    return new ServerConfig(host, port, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys, refreshIntervalMs, l, masking);
  }

  public ServerConfig withMasking(MaskingPolicy p) {
    return new ServerConfig(host, port, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys, refreshIntervalMs, limits, p);
  }

  /** The key file of the audit log's keyed digests: {@code audit-digest.key} beside the data, not in the log. */
  public Path auditKeyFile() {
    return dataDir.resolve("secrets").resolve("audit-digest.key");
  }

  /**
   * Loads the config file (may be null) over the defaults and adds the keys of {@code envKeys}
   * (the value of XIEZHI_API_KEYS, may be null).
   */
  public static ServerConfig load(Path file, Path dataDir, String envKeys) throws IOException {
    List<ApiKeyStore.Entry> keys = new ArrayList<>(ApiKeyStore.parseEnv(envKeys));
    if (file == null) {
      return defaults(dataDir, keys);
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("config: file not found: " + file);
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | java.nio.charset.CharacterCodingException e) {
      String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : "not UTF-8";
      throw new IllegalArgumentException("config: " + file + " is not valid JSON: " + why);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("config: " + file + " must hold a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      check(FIELDS.contains(f), "unknown field '" + f + "' in " + file + " (allowed: " + FIELDS + ")");
    }
    for (JsonNode k : root.path("keys")) {
      for (String f : List.of("id", "role", "salt", "sha256")) {
        check(k.path(f).isTextual() && !k.path(f).textValue().isBlank(), "every key needs a string '" + f + "'");
      }
      check(k.get("sha256").textValue().matches("[0-9a-f]{64}"), "key '" + k.get("id").textValue() + "': sha256 must be 64 hex digits");
      check(k.get("salt").textValue().matches("([0-9a-f]{2}){8,64}"), "key '" + k.get("id").textValue() + "': salt must be 16..128 hex digits");
      keys.add(new ApiKeyStore.Entry(k.get("id").textValue(), Role.parse(k.get("role").textValue()),
          k.get("salt").textValue(), k.get("sha256").textValue()));
    }
    return new ServerConfig(
        textField(root, "host", HOST),
        intField(root, "port", PORT),
        dataDir,
        dataDir.resolve(textField(root, "auditLog", AUDIT_LOG)),
        intField(root, "workerThreads", WORKERS),
        intField(root, "workerQueue", QUEUE),
        intField(root, "bodyLimitBytes", BODY_LIMIT),
        intField(root, "requestTimeoutMs", TIMEOUT_MS),
        keys,
        intField(root, "refreshIntervalMs", REFRESH_MS),
        new Limits(intField(root, "headerTimeoutMs", Limits.DEFAULT.headerTimeoutMs()),
            intField(root, "idleTimeoutMs", Limits.DEFAULT.idleTimeoutMs()),
            intField(root, "maxConnections", Limits.DEFAULT.maxConnections()),
            intField(root, "batchThreads", Limits.DEFAULT.batchThreads()),
            intField(root, "batchQueue", Limits.DEFAULT.batchQueue()),
            intField(root, "batchBodyLimitBytes", Limits.DEFAULT.batchBodyLimitBytes())),
        maskingField(root));
  }

  private static String textField(JsonNode root, String name, String dflt) {
    JsonNode v = root.get(name);
    if (v == null) {
      return dflt;
    }
    check(v.isTextual() && !v.textValue().isBlank(), "'" + name + "' must be a non-empty string");
    return v.textValue();
  }

  private static MaskingPolicy maskingField(JsonNode root) {
    String v = textField(root, "masking", MaskingPolicy.DEFAULT.label());
    try {
      return MaskingPolicy.parse(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("config: 'masking': " + e.getMessage(), e);
    }
  }

  private static int intField(JsonNode root, String name, int dflt) {
    JsonNode v = root.get(name);
    if (v == null) {
      return dflt;
    }
    check(v.isIntegralNumber() && v.canConvertToInt(), "'" + name + "' must be an integer");
    return v.intValue();
  }
}
