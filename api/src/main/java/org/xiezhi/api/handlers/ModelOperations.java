package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.objects;
import static org.xiezhi.api.server.Field.string;
import static org.xiezhi.api.server.Field.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.api.metrics.ServiceMetrics;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RequestSchema;
import org.xiezhi.inference.TextEmbedder;

/** Prediction (single and batch), embeddings, and the model registry. */
public final class ModelOperations {
  static final RequestSchema PREDICT = RequestSchema.of(string("facts", true, 1, CaseOperations.MAX_FACTS, "fact description"));
  private static final RequestSchema ITEM = RequestSchema.of(
      string("id", true, 1, 100, "the caller's id for this item"),
      string("facts", true, 1, CaseOperations.MAX_FACTS, "fact description"));
  static final RequestSchema PREDICT_BATCH = RequestSchema.of(objects("items", true, 1, 64, ITEM, "up to 64 cases"));
  static final RequestSchema EMBED = RequestSchema.of(strings("texts", true, 1, 64, "1..64 texts of at most 2,000 characters"));

  private ModelOperations() {}

  public static List<Operation> all(PredictionPort prediction, TextEmbedder embedder, ServiceMetrics metrics) {
    return List.of(
        new Operation("POST", "/api/v1/predict", "predict", "Predict charges, articles and prison term, with evidence",
            Operation.ANY, PREDICT, true, call -> {
              var p = timed(prediction, metrics, Bodies.text(call.body(), "facts"));
              return new Reply(p, p.evidence());
            }),
        new Operation("POST", "/api/v1/predict/batch", "predictBatch", "Predictions for many fact descriptions",
            Operation.BATCH, PREDICT_BATCH, true, call -> {
              List<Object> results = new ArrayList<>();
              List<String> ids = new ArrayList<>();
              for (JsonNode item : call.body().get("items")) {
                var p = timed(prediction, metrics, item.get("facts").textValue());
                ids.addAll(p.evidence());
                results.add(Map.of("id", item.get("id").textValue(), "prediction", p));
              }
              return new Reply(Map.of("results", results), ids);
            }),
        new Operation("POST", "/api/v1/embed", "embed", "Dense vectors of texts (batch)", Operation.ANY, EMBED, true,
            call -> {
              if (embedder == null) {
                throw new Problem(503, "模型未加载", "texts", "no embedding model is loaded");
              }
              long t = System.nanoTime();
              List<float[]> vectors = embedder.embed(Bodies.strings(call.body(), "texts"));
              metrics.inference(embedder.modelId(), System.nanoTime() - t);
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("model", embedder.modelId());
              out.put("dimension", embedder.dimension());
              out.put("vectors", vectors);
              return Reply.of(out);
            }),
        new Operation("GET", "/api/v1/models", "listModels", "Registered models and their versions", Operation.ANY, null, true,
            call -> Reply.of(Map.of("models", prediction.models()))),
        new Operation("GET", "/api/v1/models/{id}", "getModel", "One model's metadata (model card)", Operation.ANY, null, true,
            call -> Reply.of(prediction.model(call.param("id"))
                .orElseThrow(() -> new Problem(404, "未找到", "id", "no model with this id")))));
  }

  private static PredictionPort.Prediction timed(PredictionPort prediction, ServiceMetrics metrics, String facts) {
    long t = System.nanoTime();
    var p = prediction.predict(facts);
    metrics.inference(p.modelVersion(), System.nanoTime() - t);
    return p;
  }
}
