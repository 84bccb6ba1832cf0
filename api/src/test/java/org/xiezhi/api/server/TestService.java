package org.xiezhi.api.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.Role;

/** The service on port 0 over a small real data root (the demo judgments and the public laws), with one key per role. */
final class TestService implements AutoCloseable {
  static final String JUDGE = "judge-key-0123456789abcdef";
  static final String PROSECUTOR = "prosecutor-key-0123456789";
  static final String PLATFORM = "platform-key-0123456789ab";
  static final String ADMIN = "admin-key-0123456789abcdef";

  final RunningService service;
  final Path dataDir;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  TestService(ServerConfig config, XiezhiServices services, Path dataDir) throws IOException {
    this.dataDir = dataDir;
    this.service = RunningService.start(config, services);
  }

  static Path demoJudgments() {
    Path p = Path.of("..", "demo", "judgments");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("demo judgments not found at " + p.toAbsolutePath());
    }
    return p;
  }

  /** The services over the small real data root of the demo corpus (read-only index, trained models). */
  static XiezhiServices services() throws IOException {
    return TestDataRoot.services();
  }

  static List<ApiKeyStore.Entry> keys() {
    List<ApiKeyStore.Entry> keys = new ArrayList<>();
    keys.add(ApiKeyStore.hash("t-judge", JUDGE, Role.JUDGE));
    keys.add(ApiKeyStore.hash("t-prosecutor", PROSECUTOR, Role.PROSECUTOR));
    keys.add(ApiKeyStore.hash("t-platform", PLATFORM, Role.PLATFORM));
    keys.add(ApiKeyStore.hash("t-admin", ADMIN, Role.ADMIN));
    return keys;
  }

  static TestService start() throws IOException {
    Path dir = Files.createTempDirectory("xiezhi-api-test");
    return new TestService(ServerConfig.defaults(dir, keys()).withPort(0), services(), dir);
  }

  String base() {
    return "http://127.0.0.1:" + service.port();
  }

  HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET();
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, String key, String json) throws IOException, InterruptedException {
    return post(path, key, json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  HttpResponse<String> post(String path, String key, byte[] body, String contentType) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (key != null) {
      b.header("X-Api-Key", key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A request of any method, for the route checks. */
  HttpResponse<String> send(String method, String path, String key, String json) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
