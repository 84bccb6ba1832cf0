package org.xiezhi.eval.guideline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.xiezhi.advisor.Advisor;
import org.xiezhi.corpus.model.SentenceWords;
import org.xiezhi.advisor.sentencing.guideline.GuidelineResult;
import org.xiezhi.corpus.facts.Circumstance;
import org.xiezhi.corpus.facts.CircumstanceDetector;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;

/**
 * Measures the guideline's recommended range on the LeCaRD candidate judgments with one defendant,
 * one charge the guideline covers and a fixed-term sentence: per crime, the share of real terms
 * inside the range, the mean |ln(t+1) − ln(p+1)| of the point and the share within ±25% of it,
 * beside the term model when one is given; and the fact extraction's precision and recall per
 * circumstance against what the court's reasoning found ({@link CourtFindings}).
 */
public final class GuidelineLecardEvaluation {

  /**
   * One judgment kept: id, case number, its own charge, the guideline crime that charge falls under,
   * facts, reasoning and the real term in months.
   */
  record Kept(String id, String caseNumber, String ownCharge, String charge, String facts, String reasoning, int months) {
    Kept(String id, String charge, String facts, String reasoning, int months) {
      this(id, null, charge, charge, facts, reasoning, months);
    }
  }

  private GuidelineLecardEvaluation() {}

  /** The judgments that qualify, each distinct id once. */
  static List<Kept> read(Path lecardDir, java.util.function.Function<String, String> covered) throws IOException {
    List<Kept> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    new LecardCandidates(lecardDir).forEach(new LecardCandidates.Sink() {
      @Override
      public void accept(RawJudgment raw) {
        CaseRecord r = JudgmentParser.parseLecard(raw);
        if (!seen.add(r.id()) || r.defendants().size() != 1 || r.facts() == null) {
          return;
        }
        Defendant d = r.defendants().get(0);
        Sentence s = d.sentence();
        String crime = d.charges().size() == 1 ? covered.apply(d.charges().get(0)) : null;
        if (crime == null || s == null) {
          return;
        }
        if (!Sentence.IMPRISONMENT.equals(s.type()) && !Sentence.DETENTION.equals(s.type())) {
          return;
        }
        Integer m = SentenceWords.months(s);
        if (m == null || m <= 0) {
          return;
        }
        out.add(new Kept(r.id(), r.caseNumber(), d.charges().get(0), crime, r.facts(), r.reasoning(), m));
      }

      @Override
      public void reject(String docId, String reason) {}
    });
    return out;
  }

  /** Per-crime tallies. */
  static final class Tally {
    int cases;
    int applies;
    int inside;
    double logSum;
    int within25;
    int modelN;
    double modelLogSum;
    int modelWithin25;
    int simN;
    double simLogSum;
    int simWithin25;

    void add(Tally o) {
      cases += o.cases;
      applies += o.applies;
      inside += o.inside;
      logSum += o.logSum;
      within25 += o.within25;
      modelN += o.modelN;
      modelLogSum += o.modelLogSum;
      modelWithin25 += o.modelWithin25;
      simN += o.simN;
      simLogSum += o.simLogSum;
      simWithin25 += o.simWithin25;
    }
  }

  static double dist(int t, double p) {
    return Math.abs(Math.log(t + 1.0) - Math.log(p + 1.0));
  }

  static boolean within25(int t, double p) {
    return Math.abs(t - p) <= 0.25 * p;
  }

  /**
   * Runs the guideline on each kept judgment with the text {@code input} gives (facts, or facts and
   * reasoning) and prints the table; {@code model} (may be null) gives the model's term for the facts,
   * {@code similar} (may be null) the similar-case median of each judgment (from its facts).
   */
  static Map<String, Tally> guideline(List<Kept> kept, Advisor advisor, boolean withReasoning,
      ToIntFunction<String> model, Function<Kept, OptionalDouble> similar, PrintStream out) {
    Map<String, Tally> by = new TreeMap<>();
    for (Kept k : kept) {
      Tally t = by.computeIfAbsent(k.charge(), x -> new Tally());
      t.cases++;
      String text = withReasoning && k.reasoning() != null ? k.facts() + "\n" + k.reasoning() : k.facts();
      GuidelineResult g = advisor.sentencing(text, List.of(k.charge())).get(0).guideline();
      if (g == null || !g.applies()) {
        continue;
      }
      t.applies++;
      var r = g.recommended();
      if (k.months() >= r.minMonths() && k.months() <= r.maxMonths()) {
        t.inside++;
      }
      t.logSum += dist(k.months(), r.months());
      if (within25(k.months(), r.months())) {
        t.within25++;
      }
      if (similar != null) {
        OptionalDouble med = similar.apply(k);
        if (med.isPresent()) {
          t.simN++;
          t.simLogSum += dist(k.months(), med.getAsDouble());
          if (within25(k.months(), med.getAsDouble())) {
            t.simWithin25++;
          }
        }
      }
      if (model != null) {
        int p = model.applyAsInt(k.facts());
        if (p > 0) {
          t.modelN++;
          t.modelLogSum += dist(k.months(), p);
          if (within25(k.months(), p)) {
            t.modelWithin25++;
          }
        }
      }
    }
    print(by, withReasoning ? "facts + court's reasoning" : "facts only", model != null, similar != null, out);
    return by;
  }

  private static void print(Map<String, Tally> by, String input, boolean model, boolean similar, PrintStream out) {
    out.printf(Locale.ROOT, "%n### Guideline range on LeCaRD judgments (input: %s)%n%n", input);
    out.println("| crime | judgments | guideline applies | inside range | mean log-dist | within ±25% |"
        + (model ? " model log-dist | model within ±25% |" : "")
        + (similar ? " similar median n | similar log-dist | similar within ±25% |" : ""));
    out.println("|---|---|---|---|---|---|" + (model ? "---|---|" : "") + (similar ? "---|---|---|" : ""));
    Tally all = new Tally();
    for (var e : by.entrySet()) {
      row(e.getKey(), e.getValue(), model, similar, out);
      all.add(e.getValue());
    }
    row("**all**", all, model, similar, out);
  }

  private static void row(String name, Tally t, boolean model, boolean similar, PrintStream out) {
    int a = Math.max(1, t.applies);
    out.printf(Locale.ROOT, "| %s | %d | %d | %.1f%% | %.3f | %.1f%% |", name, t.cases, t.applies, 100.0 * t.inside / a,
        t.logSum / a, 100.0 * t.within25 / a);
    if (model) {
      int m = Math.max(1, t.modelN);
      out.printf(Locale.ROOT, " %.3f | %.1f%% |", t.modelLogSum / m, 100.0 * t.modelWithin25 / m);
    }
    if (similar) {
      int m = Math.max(1, t.simN);
      out.printf(Locale.ROOT, " %d | %.3f | %.1f%% |", t.simN, t.simLogSum / m, 100.0 * t.simWithin25 / m);
    }
    out.println();
  }

  /** Precision and recall of the fact extraction against the court's findings, per circumstance. */
  static void extraction(List<Kept> kept, PrintStream out) {
    CircumstanceDetector d = new CircumstanceDetector();
    Map<String, int[]> by = new TreeMap<>();
    for (String c : CourtFindings.codes()) {
      by.put(c, new int[3]);
    }
    for (Kept k : kept) {
      Set<String> gold = CourtFindings.of(k.reasoning());
      Set<String> found = new HashSet<>();
      for (Circumstance c : d.detect(k.facts())) {
        found.add(c.code());
      }
      for (var e : by.entrySet()) {
        boolean g = gold.contains(e.getKey());
        boolean f = found.contains(e.getKey());
        if (g && f) {
          e.getValue()[0]++;
        } else if (f) {
          e.getValue()[1]++;
        } else if (g) {
          e.getValue()[2]++;
        }
      }
    }
    out.printf(Locale.ROOT, "%n### Circumstances found in the facts vs. the court's findings (%d judgments)%n%n", kept.size());
    out.println("| circumstance | court found | extracted | both | precision | recall |");
    out.println("|---|---|---|---|---|---|");
    for (var e : by.entrySet()) {
      int[] v = e.getValue();
      out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", e.getKey(), v[0] + v[2], v[0] + v[1], v[0],
          v[0] + v[1] == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) v[0] / (v[0] + v[1])),
          v[0] + v[2] == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) v[0] / (v[0] + v[2])));
    }
  }
}
