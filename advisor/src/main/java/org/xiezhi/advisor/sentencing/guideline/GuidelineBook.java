package org.xiezhi.advisor.sentencing.guideline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xiezhi.corpus.guideline.CrimeRule;
import org.xiezhi.corpus.guideline.Guideline;
import org.xiezhi.corpus.guideline.GuidelineParser;

/**
 * The sentencing guidelines in force: the 2021 guideline (method, circumstances, 23 crimes) and the
 * 2024 supplement (7 crimes, applying the 2021 method and circumstances).
 */
public final class GuidelineBook {
  private final List<Guideline> guidelines;
  private final Guideline general;

  public GuidelineBook(List<Guideline> guidelines) {
    this.guidelines = List.copyOf(guidelines);
    this.general = guidelines.stream().filter(g -> !g.circumstances().isEmpty()).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no guideline with the common circumstances"));
  }

  /** Reads {@code <laws>/量刑指导意见}; empty when the folder is absent. */
  public static Optional<GuidelineBook> fromLaws(Path lawsDir) throws IOException {
    if (lawsDir == null) {
      return Optional.empty();
    }
    Path dir = lawsDir.resolve("量刑指导意见");
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    return Optional.of(new GuidelineBook(GuidelineParser.readFolder(dir)));
  }

  /**
   * The guidelines an ingest copied into a corpus folder ({@code <corpus>/guidelines/}); empty when
   * it holds none.
   */
  public static Optional<GuidelineBook> fromCorpus(Path corpus) {
    Path dir = corpus.resolve("guidelines");
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GuidelineBook(GuidelineParser.readFolder(dir)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the sentencing guidelines in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The guideline that holds a crime's rule, with the rule. */
  public record Entry(Guideline guideline, CrimeRule rule) {}

  /**
   * Selective charge names judgments use for one of the guideline's combined crimes (贩卖毒品罪 for
   * 走私、贩卖、运输、制造毒品罪, 容留卖淫罪 for 引诱、容留、介绍卖淫罪, 掩饰、隐瞒犯罪所得罪 …).
   */
  private static final List<String[]> SELECTIVE = List.of(
      new String[] {"^[走私贩卖运输制造、]+毒品罪$", "走私、贩卖、运输、制造毒品罪"},
      new String[] {"^[引诱容留介绍、]+卖淫罪$", "引诱、容留、介绍卖淫罪"},
      new String[] {"^掩饰、?隐瞒犯罪所得.*罪$", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"});

  /** The entry for a crime (e.g. 盗窃罪, or a selective name such as 贩卖毒品罪), newest guideline first. */
  public Optional<Entry> crime(String crime) {
    Optional<Entry> e = exact(crime);
    if (e.isPresent() || crime == null) {
      return e;
    }
    for (String[] s : SELECTIVE) {
      if (crime.matches(s[0])) {
        return exact(s[1]);
      }
    }
    return Optional.empty();
  }

  private Optional<Entry> exact(String crime) {
    for (int i = guidelines.size() - 1; i >= 0; i--) {
      Optional<CrimeRule> r = guidelines.get(i).crime(crime);
      if (r.isPresent()) {
        return Optional.of(new Entry(guidelines.get(i), r.get()));
      }
    }
    return Optional.empty();
  }

  /** The guideline with the method and the common circumstances. */
  public Guideline general() {
    return general;
  }

  public List<Guideline> guidelines() {
    return guidelines;
  }
}
