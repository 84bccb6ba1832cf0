package org.xiezhi.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an embedding model is and how to run it, read from the {@code manifest.json} that lies next
 * to its files: identity, files with sha256 and size, pooling, normalisation, maximum length,
 * default batch size, ONNX input and output names. {@link #modelId()} ({@code id@version}) names the vector space.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbeddingManifest(
    String id,
    int version,
    String task,
    String description,
    String source,
    String licence,
    String precision,
    Map<String, ModelFile> files,
    boolean lowercase,
    String pooling,
    String normalize,
    int maxLength,
    int batchSize,
    int dimension,
    InputNames inputs,
    String output) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** One file of the model: its name in the model folder, optional classpath resource, checksum. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ModelFile(String name, String resource, String sha256, long size) {}

  /** Names of the model's ONNX inputs; {@code tokenTypeIds} may be null when the model has none. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InputNames(String inputIds, String attentionMask, String tokenTypeIds) {}

  public EmbeddingManifest {
    require(id != null && id.matches("[A-Za-z0-9._-]+"), "id must be [A-Za-z0-9._-]+, got " + id);
    require(version >= 1, "version must be >= 1");
    require(files != null && files.containsKey("model") && files.containsKey("tokenizer"),
        "files must name \"model\" and \"tokenizer\"");
    for (Map.Entry<String, ModelFile> e : files.entrySet()) {
      ModelFile f = e.getValue();
      require(f.name() != null && !f.name().isBlank() && !f.name().contains("/") && !f.name().contains("\\"),
          "file " + e.getKey() + ": name must be a plain file name");
      require(f.sha256() != null && SHA256.matcher(f.sha256()).matches(),
          "file " + e.getKey() + ": sha256 must be 64 lower-case hex digits");
      require(f.size() > 0, "file " + e.getKey() + ": size must be positive");
    }
    require("cls".equals(pooling) || "mean".equals(pooling), "pooling must be cls or mean, got " + pooling);
    require("l2".equals(normalize) || "none".equals(normalize), "normalize must be l2 or none, got " + normalize);
    require(maxLength >= 2, "maxLength must be >= 2");
    require(batchSize >= 1, "batchSize must be >= 1");
    require(dimension >= 1, "dimension must be >= 1");
    require(inputs != null && inputs.inputIds() != null && inputs.attentionMask() != null,
        "inputs must name inputIds and attentionMask");
    require(output != null && !output.isBlank(), "output must be named");
    files = Map.copyOf(files);
  }

  /** {@code id@version}: the name of the vector space these vectors live in. */
  public String modelId() {
    return id + "@" + version;
  }

  /** Reads and validates a manifest. */
  public static EmbeddingManifest read(InputStream in) throws IOException {
    try {
      return new ObjectMapper().readValue(in, EmbeddingManifest.class);
    } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException("invalid embedding manifest: " + cause.getMessage(), e);
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("invalid embedding manifest: " + message);
    }
  }
}
