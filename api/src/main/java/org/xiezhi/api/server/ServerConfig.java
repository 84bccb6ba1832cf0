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

/**
 * Every setting of the service in one typed place, validated at start. Read from a JSON config
 * file (all fields optional) and the environment variable {@code XIEZHI_API_KEYS}.
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
    List<ApiKeyStore.Entry> keys) {

  private static final Set<String> FIELDS = Set.of("host", "port", "workerThreads", "workerQueue",
      "bodyLimitBytes", "requestTimeoutMs", "auditLog", "keys");

  public ServerConfig {
    keys = List.copyOf(keys);
    check(port >= 0 && port <= 65535, "port must be 0..65535");
    check(workerThreads >= 1 && workerThreads <= 256, "workerThreads must be 1..256");
    check(workerQueue >= 1 && workerQueue <= 100_000, "workerQueue must be 1..100000");
    check(bodyLimitBytes >= 1024 && bodyLimitBytes <= 64 << 20, "bodyLimitBytes must be 1 KiB..64 MiB");
    check(requestTimeoutMs >= 100 && requestTimeoutMs <= 600_000, "requestTimeoutMs must be 100..600000");
    check(!keys.isEmpty(), "no API key configured: add keys to the config file or set XIEZHI_API_KEYS");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("config: " + message);
    }
  }

  /** Defaults: loopback, 2 workers (one per core here), queue 64, 256 KiB bodies, 30 s timeout. */
  public static ServerConfig defaults(Path dataDir, List<ApiKeyStore.Entry> keys) {
    return new ServerConfig("127.0.0.1", 8080, dataDir, dataDir.resolve("audit/audit.jsonl"), 2, 64, 256 * 1024, 30_000, keys);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, dataDir, auditLog, workerThreads, workerQueue, bodyLimitBytes, requestTimeoutMs, keys);
  }

  public ServerConfig withWorkers(int threads, int queue) {
    return new ServerConfig(host, port, dataDir, auditLog, threads, queue, bodyLimitBytes, requestTimeoutMs, keys);
  }

  /**
   * Loads the config file (may be null) over the defaults and adds the keys of {@code envKeys}
   * (the value of XIEZHI_API_KEYS, may be null).
   */
  public static ServerConfig load(Path file, Path dataDir, String envKeys) throws IOException {
    List<ApiKeyStore.Entry> keys = new ArrayList<>(ApiKeyStore.parseEnv(envKeys));
    ServerConfig d = defaults(dataDir, List.of(new ApiKeyStore.Entry("placeholder", Role.ADMIN, "00", "00")));
    if (file == null) {
      return new ServerConfig(d.host, d.port, dataDir, d.auditLog, d.workerThreads, d.workerQueue, d.bodyLimitBytes, d.requestTimeoutMs, keys);
    }
    JsonNode root = Json.mapper().readTree(Files.readString(file));
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
        root.path("host").asText(d.host),
        intField(root, "port", d.port),
        dataDir,
        root.has("auditLog") ? dataDir.resolve(root.get("auditLog").asText()) : d.auditLog,
        intField(root, "workerThreads", d.workerThreads),
        intField(root, "workerQueue", d.workerQueue),
        intField(root, "bodyLimitBytes", d.bodyLimitBytes),
        intField(root, "requestTimeoutMs", d.requestTimeoutMs),
        keys);
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
