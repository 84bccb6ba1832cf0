package org.xiezhi.corpus.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xiezhi.corpus.mask.MaskingPolicy;

/**
 * The settings of one {@code corpus ingest} run, validated when built: the sources (each a kind and
 * a folder; kinds {@code lecard}, {@code cail2018}, {@code laws}, {@code text}, {@code demo}; repeatable),
 * the output folder, the number of parsing threads and the masking policy every judgment is masked
 * under (recorded in the output's {@code masking.json}). {@code demo} folders hold plain-text judgments
 * like {@code text} ones, written as fictional examples: their records carry source {@code demo}.
 */
public record IngestSettings(List<IngestSettings.Source> sources, Path out, int threads, MaskingPolicy masking) {
  /** Every source kind understood. */
  public static final List<String> KINDS = List.of("lecard", "cail2018", "laws", "text", "demo");

  /** One source: its kind and folder. */
  public record Source(String kind, Path dir) {}

  public IngestSettings {
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("--source: at least one source is needed (KIND=DIR, KIND one of " + KINDS + ")");
    }
    for (Source s : sources) {
      if (!KINDS.contains(s.kind())) {
        throw new IllegalArgumentException("--source: unknown kind '" + s.kind() + "' (one of " + KINDS + ")");
      }
      if (!Files.isDirectory(s.dir())) {
        throw new IllegalArgumentException("--source " + s.kind() + ": not a folder: " + s.dir());
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out: an output folder is needed");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out: exists and is not a folder: " + out);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads: must be between 1 and 256, was " + threads);
    }
    if (masking == null) {
      throw new IllegalArgumentException("--masking: a masking policy is needed (internal or public)");
    }
    sources = List.copyOf(sources);
  }

  /** Settings that mask under the default policy ({@link MaskingPolicy#DEFAULT}, public release). */
  public IngestSettings(List<Source> sources, Path out, int threads) {
    this(sources, out, threads, MaskingPolicy.DEFAULT);
  }

  /** Parses {@code KIND=DIR}; throws IllegalArgumentException with the reason. */
  public static Source parseSource(String spec) {
    int eq = spec == null ? -1 : spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new IllegalArgumentException("--source: expected KIND=DIR, got '" + spec + "'");
    }
    return new Source(spec.substring(0, eq).strip().toLowerCase(Locale.ROOT), Path.of(spec.substring(eq + 1).strip()));
  }

  /** The folders of one kind, in the order given. */
  public List<Path> dirs(String kind) {
    List<Path> out = new ArrayList<>();
    for (Source s : sources) {
      if (s.kind().equals(kind)) {
        out.add(s.dir());
      }
    }
    return out;
  }

  /** One line per setting, for the log at start. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (Source s : sources) {
      sb.append("source ").append(s.kind()).append(" = ").append(s.dir()).append('\n');
    }
    sb.append("out = ").append(out).append('\n');
    sb.append("threads = ").append(threads).append('\n');
    sb.append("masking = ").append(masking.label()).append('\n');
    return sb.toString();
  }
}
