package org.xiezhi.api.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.api.baseline.DemoCaseBase;
import org.xiezhi.api.baseline.LawsStatutes;
import org.xiezhi.api.wiring.IndexedServices;
import org.xiezhi.api.wiring.IndexedUpdates;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.mask.PiiMasker;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;

/**
 * The service as the workbench meets it: a Lucene index of the demo judgments and the first
 * {@code lecard} LeCaRD judgments (parsed and masked as the ingest path does), the advisor module
 * over the real Criminal Law, one key per role.
 */
final class WorkbenchService {
  private WorkbenchService() {}

  /** The first {@code n} LeCaRD judgments that parse, masked. */
  static List<CaseRecord> lecard(int n) throws IOException {
    List<CaseRecord> out = new ArrayList<>();
    PiiMasker masker = PiiMasker.standard();
    try {
      new LecardCandidates(SharedData.require("lecard")).forEach(new LecardCandidates.Sink() {
        @Override
        public void accept(RawJudgment j) {
          if (out.size() >= n) {
            throw new Enough();
          }
          try {
            out.add(IndexedUpdates.prepare(JudgmentParser.parseLecard(j), masker));
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
    Path dir = Files.createTempDirectory("xiezhi-workbench");
    List<CaseRecord> cases = new ArrayList<>(DemoCaseBase.fromFolder(TestService.demoJudgments()).cases());
    cases.addAll(lecard);
    Path laws = SharedData.require("laws/刑法/刑法.md");
    IndexedServices.build(dir.resolve("index"), cases, List.of(), null,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    var services = IndexedServices.open(dir.resolve("index"), LawsStatutes.read(laws), null, laws.getParent().getParent());
    return new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir);
  }

  private static final class Enough extends RuntimeException {
    Enough() {
      super("enough", null, false, false);
    }
  }
}
