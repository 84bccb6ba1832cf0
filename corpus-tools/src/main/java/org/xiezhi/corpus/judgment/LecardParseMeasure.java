package org.xiezhi.corpus.judgment;

import org.xiezhi.corpus.charge.ChargeNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;

/**
 * Measures the judgment parser on the LeCaRD candidates: the share of judgments with at least one
 * charge, agreement of the parsed charges with the charge the case name (ajName) names, and the
 * share of defendants with a principal penalty. {@code main(lecardDir)} prints the figures.
 */
public final class LecardParseMeasure {
  /** The figures of one pass, with the disagreeing judgments (id, case name, parsed charges). */
  public record Result(
      int judgments, int withCharge, int named, int agreeing, int defendants, int withPenalty,
      int convicted, int convictedWithPenalty, int acquittedOnly, int nameNotThisDocument,
      int rejected, List<String> disagreements, List<String> noCharge) {
    public double chargeShare() {
      return judgments == 0 ? 0 : (double) withCharge / judgments;
    }

    public double agreement() {
      return named == 0 ? 0 : (double) agreeing / named;
    }

    public double penaltyShare() {
      return defendants == 0 ? 0 : (double) withPenalty / defendants;
    }

    public double convictedPenaltyShare() {
      return convicted == 0 ? 0 : (double) convictedWithPenalty / convicted;
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "judgments %d (rejected %d); with >=1 charge %d (%.2f%%), acquittals without charge %d; "
              + "case name names a charge %d, parsed charges agree %d (%.2f%%), of the rest %d whose "
              + "document name (writName) agrees with the parse and not with the case name; "
              + "defendants %d, with principal penalty %d (%.2f%%); convicted defendants %d, with "
              + "principal penalty %d (%.2f%%)",
          judgments, rejected, withCharge, 100 * chargeShare(), acquittedOnly, named, agreeing,
          100 * agreement(), nameNotThisDocument, defendants, withPenalty, 100 * penaltyShare(),
          convicted, convictedWithPenalty, 100 * convictedPenaltyShare());
    }
  }

  private LecardParseMeasure() {}

  /** One pass over {@code lecardDir}'s candidates; charge names from its criminal_charges.txt. */
  public static Result measure(Path lecardDir) throws IOException {
    ChargeNames names =
        new ChargeNames(Files.readAllLines(lecardDir.resolve("criminal_charges.txt"), StandardCharsets.UTF_8));
    int[] c = new int[11];
    List<String> disagreements = new ArrayList<>();
    List<String> noCharge = new ArrayList<>();
    new LecardCandidates(lecardDir)
        .forEach(
            new LecardCandidates.Sink() {
              @Override
              public void accept(RawJudgment raw) {
                CaseRecord r = JudgmentParser.parseLecard(raw);
                c[0]++;
                if (!r.charges().isEmpty()) {
                  c[1]++;
                } else {
                  noCharge.add(r.id() + "\t" + raw.caseName());
                  if (!r.defendants().isEmpty()) {
                    c[9]++;
                  }
                }
                List<String> named = names.namedIn(raw.caseName());
                if (!named.isEmpty()) {
                  c[2]++;
                  boolean agree = false;
                  for (String p : r.charges()) {
                    for (String n : named) {
                      agree |= ChargeNames.belongsTo(p, n);
                    }
                  }
                  if (agree) {
                    c[3]++;
                  } else {
                    boolean writAgrees = false;
                    for (String p : r.charges()) {
                      writAgrees |= raw.writName() != null && raw.writName().contains(ChargeNames.bare(p));
                      for (String n : names.namedIn(raw.writName())) {
                        writAgrees |= ChargeNames.belongsTo(p, n);
                      }
                    }
                    if (writAgrees) {
                      c[10]++;
                    }
                    disagreements.add(
                        r.id() + "\t" + raw.caseName() + "\t" + r.charges()
                            + (writAgrees ? "\twritName agrees: " + raw.writName() : ""));
                  }
                }
                for (Defendant d : r.defendants()) {
                  c[4]++;
                  if (d.sentence() != null) {
                    c[5]++;
                  }
                  if (!d.charges().isEmpty()) {
                    c[7]++;
                    if (d.sentence() != null) {
                      c[8]++;
                    }
                  }
                }
              }

              @Override
              public void reject(String docId, String reason) {
                c[6]++;
              }
            });
    return new Result(
        c[0], c[1], c[2], c[3], c[4], c[5], c[7], c[8], c[9], c[10], c[6], disagreements, noCharge);
  }

  /** Prints the figures for the LeCaRD folder given as the only argument. */
  public static void main(String[] args) throws IOException {
    Result r = measure(Path.of(args[0]));
    System.out.println(r.summary());
    int show = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    r.disagreements().stream().limit(show).forEach(s -> System.out.println("disagree\t" + s));
    r.noCharge().stream().limit(show).forEach(s -> System.out.println("no charge\t" + s));
  }
}
