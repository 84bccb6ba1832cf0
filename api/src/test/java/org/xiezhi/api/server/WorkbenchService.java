package org.xiezhi.api.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.corpus.ingest.IngestPipeline;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;

/**
 * The service as the workbench meets it: a copy of the test data root (demo judgments, the laws,
 * CAIL-trained models) whose index also holds the first {@code lecard} LeCaRD judgments (parsed and
 * masked by the one ingest pipeline), one key per role.
 */
final class WorkbenchService {
  private WorkbenchService() {}

  /** The first {@code n} LeCaRD judgments that parse, masked. */
  static List<CaseRecord> lecard(int n) throws IOException {
    List<CaseRecord> out = new ArrayList<>();
    IngestPipeline pipeline = IngestPipeline.standard();
    try {
      new LecardCandidates(SharedData.require("lecard")).forEach(new LecardCandidates.Sink() {
        @Override
        public void accept(RawJudgment j) {
          if (out.size() >= n) {
            throw new Enough();
          }
          try {
            out.add(pipeline.judgment("lecard", j));
          } catch (RuntimeException e) {
            // a judgment the parser refuses is left out, as the background load does
          }
        }

        @Override
        public void reject(String docId, String reason) {}
      });
    } catch (Enough e) {
      // read as many as needed
    }
    return out;
  }

  /** The service over the demo judgments and {@code lecard} (records from {@link #lecard(int)}). */
  static TestService start(List<CaseRecord> lecard) throws IOException {
    DataDir d = TestDataRoot.copy();
    Path dir = d.root();
    StringBuilder lines = new StringBuilder();
    for (CaseRecord r : lecard) {
      lines.append(Json.line(r)).append('\n');
    }
    Files.writeString(d.cases(), lines.toString(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    try (var walk = Files.walk(d.index())) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    // the operator's index command: the records with the statutes and interpretations of the corpus
    if (org.xiezhi.api.cli.XiezhiCli.commandLine().execute("index", "--data-dir", d.toString(), "--embedder", "none") != 0) {
      throw new IllegalStateException("index of the workbench data root failed");
    }
    var services = TestDataRoot.services(d, null);
    return new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir);
  }

  private static final class Enough extends RuntimeException {
    Enough() {
      super("enough", null, false, false);
    }
  }
}
