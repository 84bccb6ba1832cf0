package org.xiezhi.corpus.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The data root every command reads and writes ({@code data/} by default), with one layout:
 * {@code corpus/} (the masked records of {@code corpus ingest}), {@code index/} (the search
 * index), {@code models/} (the model registry), {@code audit/} (the service's audit log) and
 * {@code backups/}. A missing part is reported with the command that builds it.
 */
public record DataDir(Path root) {
  /** The data root used when none is given. */
  public static final Path DEFAULT = Path.of("data");

  /** The command that builds the whole knowledge base under a data root. */
  public static final String SETUP = "./xiezhi setup";

  public DataDir {
    Objects.requireNonNull(root, "root");
  }

  /**
   * The data root at {@code root}, or {@link #DEFAULT} when null. A folder that is itself an index
   * ({@code index-meta.json} at its top: the layout where {@code --data-dir} named the index
   * folder) is refused with the options that read it.
   */
  public static DataDir of(Path root) {
    Path r = root == null ? DEFAULT : root;
    if (Files.isRegularFile(r.resolve("index-meta.json"))) {
      Path parent = r.toAbsolutePath().normalize().getParent();
      throw new IllegalArgumentException("--data-dir " + r + " is an index folder, not a data root: give --data-dir "
          + (parent == null ? "<its parent>" : parent.toString()) + " when it is that root's index/, or --index-dir " + r);
    }
    return new DataDir(r);
  }

  public Path corpus() {
    return root.resolve("corpus");
  }

  public Path cases() {
    return corpus().resolve("cases.jsonl");
  }

  public Path statutes() {
    return corpus().resolve("statutes.jsonl");
  }

  public Path index() {
    return root.resolve("index");
  }

  public Path models() {
    return root.resolve("models");
  }

  public Path audit() {
    return root.resolve("audit");
  }

  public Path auditLog() {
    return audit().resolve("audit.jsonl");
  }

  public Path backups() {
    return root.resolve("backups");
  }

  /** Whether an index has been built here ({@code index/index-meta.json} present). */
  public boolean hasIndex() {
    return Files.isRegularFile(index().resolve("index-meta.json"));
  }

  /** Whether the registry holds at least one model. */
  public boolean hasModels() {
    try (var s = Files.list(models())) {
      return s.anyMatch(Files::isDirectory);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** The index folder; throws naming the command that builds it when there is none. */
  public Path requireIndex() {
    if (!hasIndex()) {
      throw new MissingDataException(index(), "no search index", "'" + SETUP + "' (or 'xiezhi index --data-dir " + root + "')");
    }
    return index();
  }

  /** The model registry folder; throws naming the command that builds it when it holds no model. */
  public Path requireModels() {
    if (!hasModels()) {
      throw new MissingDataException(models(), "no trained models", "'" + SETUP + "' (or 'xiezhi models train --data-dir " + root + "')");
    }
    return models();
  }

  /** {@code corpus/cases.jsonl}; throws naming the command that writes it when it is missing. */
  public Path requireCases() {
    if (!Files.isRegularFile(cases())) {
      throw new MissingDataException(cases(), "no ingested cases",
          "'" + SETUP + "' (or 'xiezhi corpus ingest --out " + corpus() + "')");
    }
    return cases();
  }

  /** The data root's {@code index/} is the one given by {@code override} when that is not null. */
  public Path indexOr(Path override) {
    return override == null ? index() : override;
  }

  @Override
  public String toString() {
    return root.toString();
  }

  /** A part of the data root is missing; the message names the command that builds it. */
  public static final class MissingDataException extends IllegalStateException {
    private final Path path;
    private final String command;

    public MissingDataException(Path path, String what, String command) {
      super(what + " at " + path + ": build it with " + command);
      this.path = path;
      this.command = command;
    }

    public Path path() {
      return path;
    }

    /** The command that builds the missing part. */
    public String command() {
      return command;
    }
  }
}
