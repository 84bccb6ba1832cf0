package org.xiezhi.advisor.sentencing.guideline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.xiezhi.advisor.Advisor;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.corpus.source.SharedData;

/** An advisor over the real laws folder and sentencing guidelines, built once per test JVM. */
final class RealAdvisor {
  private static Advisor advisor;

  private RealAdvisor() {}

  static synchronized Advisor get() {
    if (advisor == null) {
      try {
        Path data = SharedData.dataDir();
        StatuteBook book = StatuteBook.fromLaws(data.resolve("laws"), data.resolve("cail2018/accu.txt"),
            data.resolve("lecard/criminal_charges.txt"));
        advisor = new Advisor(book, null, null, 30, GuidelineBook.fromLaws(data.resolve("laws")).orElseThrow());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return advisor;
  }
}
