package org.xiezhi.indexer;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Embedding vectors kept on disk, keyed by the SHA-256 of the embedded text, one append-only file
 * per model ({@code <dir>/<model>.vec}: records of 32 hash bytes + dimension floats). A rebuild of
 * the index only embeds texts it has not seen with that model. A torn last record (crash while
 * appending) is dropped when the file is read. Not thread-safe: one writer at a time.
 */
public final class VectorCache implements AutoCloseable {
  private final Path file;
  private final int dimension;
  private final Map<String, float[]> vectors = new HashMap<>();
  private DataOutputStream out;
  private long appended;

  private VectorCache(Path file, int dimension) {
    this.file = file;
    this.dimension = dimension;
  }

  /** Opens (or creates) the cache of {@code modelId} in {@code dir}. */
  public static VectorCache open(Path dir, String modelId, int dimension) throws IOException {
    Files.createDirectories(dir);
    String name = modelId.replaceAll("[^A-Za-z0-9._@-]", "_") + ".vec";
    VectorCache c = new VectorCache(dir.resolve(name), dimension);
    c.load();
    return c;
  }

  private void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    int record = 32 + 4 * dimension;
    long size = Files.size(file);
    long whole = size / record * record;
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
      byte[] hash = new byte[32];
      for (long pos = 0; pos < whole; pos += record) {
        in.readFully(hash);
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
          v[i] = in.readFloat();
        }
        vectors.put(HexFormat.of().formatHex(hash), v);
      }
    } catch (EOFException e) {
      throw new IOException("vector cache " + file + " is shorter than it says", e);
    }
    if (whole != size) {
      try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(whole);
      }
    }
  }

  /** The key of a text. */
  public static String key(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached vector of {@code text}, or null. */
  public float[] get(String text) {
    return vectors.get(key(text));
  }

  /** Stores the vector of {@code text} (appended to the file). */
  public void put(String text, float[] vector) throws IOException {
    if (vector.length != dimension) {
      throw new IllegalArgumentException("vector of " + vector.length + " dims, cache holds " + dimension);
    }
    String k = key(text);
    if (vectors.putIfAbsent(k, vector) != null) {
      return;
    }
    if (out == null) {
      OutputStream o = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      out = new DataOutputStream(new BufferedOutputStream(o, 1 << 16));
    }
    out.write(HexFormat.of().parseHex(k));
    for (float f : vector) {
      out.writeFloat(f);
    }
    appended++;
  }

  /** Number of vectors held. */
  public int size() {
    return vectors.size();
  }

  /** Vectors appended since opening. */
  public long appended() {
    return appended;
  }

  /** Where the vectors are kept. */
  public Path file() {
    return file;
  }

  /** Flushes appended vectors to disk. */
  public void flush() throws IOException {
    if (out != null) {
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }
}
