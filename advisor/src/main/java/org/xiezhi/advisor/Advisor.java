package org.xiezhi.advisor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.advisor.charge.ChargeCheck;
import org.xiezhi.advisor.charge.ChargeChecker;
import org.xiezhi.corpus.facts.Circumstance;
import org.xiezhi.corpus.facts.CircumstanceDetector;
import org.xiezhi.advisor.hints.Hint;
import org.xiezhi.advisor.hints.SentenceChecker;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.advisor.law.Tiers;
import org.xiezhi.advisor.port.JudgmentModel;
import org.xiezhi.advisor.port.ModelEstimate;
import org.xiezhi.advisor.port.SimilarCase;
import org.xiezhi.advisor.port.SimilarCases;
import org.xiezhi.corpus.model.SentenceWords;
import org.xiezhi.advisor.sentencing.SentencingAdvisor;
import org.xiezhi.advisor.sentencing.SentencingReference;
import org.xiezhi.advisor.sentencing.guideline.AmountStandards;
import org.xiezhi.advisor.sentencing.guideline.GuidelineBook;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * Decision support for case handlers and supervisors: charge check, sentencing reference and
 * anomaly hints, each with its evidence. It assists; it never decides.
 *
 * <p>Thread-safe when its ports are.
 */
public final class Advisor {
  private final StatuteBook statutes;
  private final SimilarCases similar;
  private final JudgmentModel model;
  private final int k;
  private final ChargeChecker chargeChecker;
  private final SentencingAdvisor sentencing;
  private final CircumstanceDetector detector = new CircumstanceDetector();

  /**
   * @param similar similar-case search, or null when no index is available
   * @param model the trained models, or null when none is loaded
   * @param k how many similar cases to consult
   */
  public Advisor(StatuteBook statutes, SimilarCases similar, JudgmentModel model, int k) {
    this(statutes, similar, model, k, null);
  }

  /** As above, with the sentencing guideline ({@code guidelines} null: no guideline step). */
  public Advisor(StatuteBook statutes, SimilarCases similar, JudgmentModel model, int k, GuidelineBook guidelines) {
    this.statutes = statutes;
    this.similar = similar;
    this.model = model;
    this.k = k;
    this.chargeChecker = new ChargeChecker(statutes);
    this.sentencing = new SentencingAdvisor(statutes, similar, model, k, guidelines);
  }

  /** The charge check alone. */
  public ChargeCheck chargeCheck(String fact, List<String> charges, List<String> articles) {
    try (JudgmentModel.Pinned m = pin()) {
      return chargeCheck(m, fact, charges, articles);
    }
  }

  /** The models for one request (one version throughout), or null when none is served. */
  private JudgmentModel.Pinned pin() {
    return model == null ? null : model.pin();
  }

  private ChargeCheck chargeCheck(JudgmentModel model, String fact, List<String> charges, List<String> articles) {
    ModelEstimate est = model == null ? null : model.estimate(fact, List.of(), List.of());
    List<SimilarCase> cases = similar == null ? List.of() : similar.find(fact, null, k);
    return chargeChecker.check(fact, charges, articles, est, cases, LocalDate.now());
  }

  /** The sentencing reference for each proposed charge. */
  public List<SentencingReference> sentencing(String fact, List<String> charges) {
    return sentencing(fact, charges, AmountStandards.Standard.LOW);
  }

  /** As above; {@code standard} picks the end of a provincial amount range (盗窃 1,000–3,000 元 …). */
  public List<SentencingReference> sentencing(String fact, List<String> charges, AmountStandards.Standard standard) {
    try (JudgmentModel.Pinned m = pin()) {
      return sentencing(m, fact, charges, standard);
    }
  }

  private List<SentencingReference> sentencing(JudgmentModel model, String fact, List<String> charges,
      AmountStandards.Standard standard) {
    List<SentencingReference> out = new ArrayList<>();
    for (String c : charges) {
      out.add(sentencing.reference(fact, c, charges, standard, model));
    }
    return out;
  }

  /** Everything for one request; throws {@link IllegalArgumentException} on a bad request. */
  public Advice advise(AdviceRequest req) {
    String problem = req.problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    ChargeCheck check;
    List<SentencingReference> refs;
    // one lease for the whole request: the charge check and every estimate come from one version
    try (JudgmentModel.Pinned m = pin()) {
      check = chargeCheck(m, req.fact(), req.charges(), req.articles());
      refs = sentencing(m, req.fact(), req.charges(), req.amountStandard());
    }
    List<Hint> hints = new ArrayList<>(check.hints());
    if (req.sentence() != null) {
      hints.addAll(sentenceHints(req, refs));
      hints.addAll(org.xiezhi.advisor.hints.GuidelineCheck.check(req.sentence(), refs));
    }
    return new Advice(req.id(), check, refs, hints);
  }

  private List<Hint> sentenceHints(AdviceRequest req, List<SentencingReference> refs) {
    List<SentenceChecker.ChargeLaw> laws = new ArrayList<>();
    LocalDate act = ChargeChecker.actDate(req.fact());
    for (SentencingReference r : refs) {
      StatuteArticle art = sentencing.articleOf(r.charge()).orElse(null);
      if (art != null) {
        Integer chosen = r.statutory() == null ? null : r.statutory().chosenTier();
        String amended = null;
        if (act != null && art.amendedBy() != null) {
          amended = org.xiezhi.advisor.law.Amendments.effective(art.amendedBy())
              .filter(d -> d.isAfter(act)).map(d -> art.amendedBy()).orElse(null);
        }
        laws.add(new SentenceChecker.ChargeLaw(r.charge(), art, Tiers.of(art), chosen, amended));
      }
    }
    List<Integer> months = new ArrayList<>();
    if (refs.size() == 1 && refs.get(0).similar() != null) {
      for (SentencingReference.CaseSentence cs : refs.get(0).similar().cases()) {
        if (cs.months() != null) {
          months.add(cs.months());
        }
      }
    }
    List<Circumstance> cs = detector.detect(req.fact());
    return SentenceChecker.check(req.sentence(), laws, req.charges().size(), cs, months);
  }

  /** Readable form of a sentence, for callers that show one. */
  public static String describe(org.xiezhi.corpus.model.Sentence s) {
    return SentenceWords.of(s);
  }

  /** The statute knowledge in use. */
  public StatuteBook statutes() {
    return statutes;
  }
}
