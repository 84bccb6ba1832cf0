package org.xiezhi.corpus.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xiezhi.corpus.charge.ChargeCatalogue;
import org.xiezhi.corpus.io.JsonLinesWriter;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.statute.LawsSource;

/** The law side of an ingest: {@code statutes.jsonl} from the laws folders and {@code charges.jsonl} (the charge catalogue). */
final class LawRecords {
  private LawRecords() {}

  static IngestReport.Part writeStatutes(IngestSettings settings, PrintStream log) throws IOException {
    List<String> problems = new ArrayList<>();
    List<StatuteArticle> articles = new ArrayList<>();
    for (Path dir : settings.dirs("laws")) {
      log.println("laws: reading " + dir);
      try {
        LawsSource.Result r = LawsSource.read(dir);
        articles.addAll(r.articles());
        problems.addAll(r.problems());
      } catch (IOException | RuntimeException e) {
        problems.add("laws " + dir + ": " + e.getMessage());
      }
    }
    articles.sort(Comparator.comparing(StatuteArticle::law).thenComparingInt(StatuteArticle::number)
        .thenComparingInt(StatuteArticle::suffix).thenComparing(StatuteArticle::id));
    try (JsonLinesWriter w = new JsonLinesWriter(settings.out().resolve("statutes.jsonl"))) {
      for (StatuteArticle a : articles) {
        w.write(a);
      }
      w.commit();
    }
    return new IngestReport.Part(articles.size(), problems);
  }

  static IngestReport.Part writeCharges(IngestSettings settings) throws IOException {
    List<String> problems = new ArrayList<>();
    List<ChargeEntry> entries = new ArrayList<>();
    List<Path> laws = settings.dirs("laws");
    if (!laws.isEmpty()) {
      Path accu = firstExisting(settings.dirs("cail2018"), "accu.txt");
      Path lecardCharges = firstExisting(settings.dirs("lecard"), "criminal_charges.txt");
      try {
        entries.addAll(ChargeCatalogue.build(laws.get(0), accu, lecardCharges).entries());
      } catch (IOException | RuntimeException e) {
        problems.add("charge catalogue: " + e.getMessage());
      }
    }
    entries.sort(Comparator.comparing(ChargeEntry::name));
    try (JsonLinesWriter w = new JsonLinesWriter(settings.out().resolve("charges.jsonl"))) {
      for (ChargeEntry e : entries) {
        w.write(e);
      }
      w.commit();
    }
    return new IngestReport.Part(entries.size(), problems);
  }

  /** The folder of a laws source that holds the sentencing guidelines (量刑指导意见). */
  public static final String GUIDELINES = "量刑指导意见";

  /**
   * Copies the sentencing guidelines of the laws folders into {@code guidelines/} of the output (a
   * fresh folder moved into place, so a reader never sees half of it); returns how many documents.
   */
  static int writeGuidelines(IngestSettings settings, PrintStream log) throws IOException {
    Path target = settings.out().resolve("guidelines");
    Path fresh = settings.out().resolve("guidelines.part");
    deleteTree(fresh);
    Files.createDirectories(fresh);
    int n = 0;
    for (Path dir : settings.dirs("laws")) {
      Path g = dir.resolve(GUIDELINES);
      if (!Files.isDirectory(g)) {
        continue;
      }
      try (var files = Files.list(g)) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
          Files.copy(f, fresh.resolve(f.getFileName().toString()));
          n++;
        }
      }
    }
    deleteTree(target);
    if (n == 0) {
      deleteTree(fresh);
      return 0;
    }
    Files.move(fresh, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    log.println("laws: " + n + " sentencing guideline documents copied to " + target.getFileName());
    return n;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path firstExisting(List<Path> dirs, String name) {
    for (Path d : dirs) {
      if (Files.isRegularFile(d.resolve(name))) {
        return d.resolve(name);
      }
    }
    return null;
  }

}
