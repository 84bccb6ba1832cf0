package org.xiezhi.api.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.xiezhi.corpus.io.Json;

/**
 * The audit log: one JSON line per request (time, key id, role, method, route, status, a digest of
 * the query, the ids returned, latency). It never holds a key or the query text. A single writer
 * thread appends what has queued and forces it to disk (group commit), so a record is on disk
 * within one write-and-fsync cycle of the response; {@link #close()} drains and forces the rest.
 */
public final class AuditLog implements AutoCloseable {

  /** One request as audited. {@code keyId} and {@code role} are null when no valid key came. */
  public record Entry(
      Instant time, String keyId, String role, String method, String route, int status,
      String queryDigest, List<String> ids, double latencyMs) {}

  private static final Object STOP = new Object();
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(100_000);
  private final FileChannel channel;
  private final Thread writer;
  private volatile long written;
  private volatile IOException failure;

  public AuditLog(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    writer = new Thread(this::drain, "xiezhi-audit");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues one entry; if the queue is full the caller waits (the log never drops a record). */
  public void append(Entry e) {
    try {
      queue.put(e);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records written and forced so far. */
  public long written() {
    return written;
  }

  /** The last write error, null when none (readiness reports it). */
  public IOException failure() {
    return failure;
  }

  private void drain() {
    List<Object> batch = new ArrayList<>();
    boolean stop = false;
    while (!stop) {
      try {
        Object first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, 4096);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Object o : batch) {
          if (o == STOP) {
            stop = true;
          } else {
            sb.append(Json.line(toMap((Entry) o))).append('\n');
            n++;
          }
        }
        batch.clear();
        if (n > 0) {
          ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
          while (buf.hasRemaining()) {
            channel.write(buf);
          }
          channel.force(false);
          written += n;
        }
      } catch (InterruptedException e) {
        stop = true;
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  private static Map<String, Object> toMap(Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time", e.time().toString());
    m.put("keyId", e.keyId());
    m.put("role", e.role());
    m.put("method", e.method());
    m.put("route", e.route());
    m.put("status", e.status());
    m.put("queryDigest", e.queryDigest());
    m.put("ids", e.ids());
    m.put("latencyMs", Math.round(e.latencyMs() * 1000) / 1000.0);
    return m;
  }

  @Override
  public void close() throws IOException {
    try {
      queue.put(STOP);
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    channel.close();
  }
}
