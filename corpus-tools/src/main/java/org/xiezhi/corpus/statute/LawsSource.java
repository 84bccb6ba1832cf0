package org.xiezhi.corpus.statute;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * Reads the laws folder (Criminal Law, amendments, judicial interpretations, Criminal Procedure
 * Law) into statute articles. PLACEHOLDER until the statute work lands.
 */
public final class LawsSource {
  /** What was read, and the problems met (each a readable reason; never dropped silently). */
  public record Result(List<StatuteArticle> articles, List<String> problems) {}

  private LawsSource() {}

  public static Result read(Path lawsDir) throws IOException {
    throw new UnsupportedOperationException("statute parsing not built yet");
  }
}
