package org.xiezhi.api.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.CaseHit;

/** Readable terminal output of cases and statute articles. */
final class CasePrinter {
  private CasePrinter() {}

  static void hit(PrintStream out, int rank, CaseHit h) {
    out.printf(Locale.ROOT, "%2d. %s  score %.4f%n", rank, h.id(), h.score());
    out.printf("    %s%n", nz(h.title()));
    out.printf("    %s %s | 罪名 %s | 法条 %s%n", nz(h.court()), h.year() == null ? "" : h.year() + "年",
        String.join("、", h.charges()), String.join("、", h.articles()));
    for (CaseHit.DefendantPenalty p : h.penalties()) {
      out.printf("    被告人 %s：%s %s%n", nz(p.name()), String.join("、", p.charges()), p.penalty());
    }
    for (String s : h.snippets()) {
      out.printf("    … %s …%n", s.replace('\n', ' '));
    }
  }

  static void statutes(PrintStream out, List<StatuteArticle> articles) {
    if (articles.isEmpty()) {
      out.println("no statute article found");
    }
    for (StatuteArticle a : articles) {
      out.printf("%s  [%s]%n", a.label(), a.id());
      if (a.chapter() != null) {
        out.printf("  %s%s%n", a.chapter(), a.section() == null ? "" : " " + a.section());
      }
      out.printf("  %s%n%n", nz(a.text()));
    }
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
