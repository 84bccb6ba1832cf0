package org.xiezhi.api.wiring;

import java.util.List;
import java.util.Optional;
import org.xiezhi.api.port.AdvisorPort;
import org.xiezhi.api.port.CaseSearchPort;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.api.port.StatutePort;
import org.xiezhi.api.server.Problem;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * The ports of a part of the knowledge base that has not been built: every call answers 503 with
 * a problem naming what is missing and the command that builds it; sizes are 0.
 */
public final class Unavailable implements StatutePort, CaseSearchPort, SimilarCasePort, PredictionPort, AdvisorPort {
  private final String field;
  private final String detail;

  /** {@code field} names the missing part (index, models, statutes); {@code detail} what is missing and how to build it. */
  public Unavailable(String field, String detail) {
    this.field = field;
    this.detail = detail;
  }

  private Problem problem() {
    return new Problem(503, "知识库未就绪", field, detail);
  }

  @Override
  public Optional<org.xiezhi.corpus.model.StatuteArticle> article(String id) {
    throw problem();
  }

  @Override
  public List<StatutePort.Hit> search(String text, int limit) {
    throw problem();
  }

  @Override
  public Result search(Query query) {
    throw problem();
  }

  @Override
  public Optional<CaseRecord> get(String id) {
    throw problem();
  }

  @Override
  public long size() {
    return 0;
  }

  @Override
  public void reload() {}

  @Override
  public Answer similar(String facts, List<String> charges, int limit) {
    throw problem();
  }

  @Override
  public Prediction predict(String facts) {
    throw problem();
  }

  @Override
  public List<ModelInfo> models() {
    return List.of();
  }

  @Override
  public Optional<ModelInfo> model(String id) {
    return Optional.empty();
  }

  @Override
  public ChargeCheck checkCharges(String facts, List<String> charges) {
    throw problem();
  }

  @Override
  public Sentencing sentencing(String facts, String charge) {
    throw problem();
  }

  @Override
  public List<Hint> hints(String facts, List<String> charges, org.xiezhi.corpus.model.Sentence sentence) {
    throw problem();
  }

  @Override
  public Object advise(String id, String facts, List<String> charges, List<String> articles,
      org.xiezhi.corpus.model.Sentence sentence) {
    throw problem();
  }
}
