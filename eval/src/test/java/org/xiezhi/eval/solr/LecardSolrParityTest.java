package org.xiezhi.eval.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.eval.lecard.ExpectedScores;
import org.xiezhi.eval.lecard.LecardDataset;
import org.xiezhi.eval.lecard.LecardEvaluation;
import org.xiezhi.eval.lecard.LecardJudgment;
import org.xiezhi.eval.lecard.MethodScores;
import org.xiezhi.eval.lecard.SolrFactsRetriever;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.indexer.rank.ChargeOverlapFusion;
import org.xiezhi.indexer.solr.SolrBackend;
import org.xiezhi.indexer.solr.SolrCluster;

/**
 * The default similar-case method on LeCaRD (dev queries, keyword stage only: no vectors) with the
 * 9,088 judgments in the embedded Lucene index and in a SolrCloud collection of 2 shards × 2
 * replicas on 2 nodes: NDCG@10 and @30 under the pool and the corpus protocols must equal the
 * embedded index's (the declared expected scores) within 0.005.
 */
class LecardSolrParityTest {
  @TempDir Path tmp;

  @Test
  void solrCloudScoresEqualTheEmbeddedIndexs() throws Exception {
    LecardDataset ds = LecardDataset.open(SharedData.require("lecard"));
    long t0 = System.nanoTime();
    List<String> rejects = new ArrayList<>();
    List<LecardJudgment> judgments = ds.judgments(rejects);
    Map<String, LecardJudgment> byId = new HashMap<>();
    judgments.forEach(j -> byId.put(j.docId(), j));
    System.out.printf(Locale.ROOT, "read %d judgments in %.1f s%n", judgments.size(), secs(t0));
    LecardEvaluation eval = new LecardEvaluation(ds, ChargeOverlapFusion.DEFAULT_CHARGE_WEIGHT, System.out);

    // the embedded index's scores of the default method, declared as data and checked in both
    // directions (tolerance 0.002) by LecardExpectedScoresTest on the same judgments
    ExpectedScores expected = ExpectedScores.load();
    String def = LecardEvaluation.DEFAULT;
    MethodScores solr;
    long t2 = System.nanoTime();
    MiniSolrCloudCluster cloud = TestCloud.shared();
    try {
      LegalDictionary dict = LegalDictionary.withChargeFiles(List.of(ds.dir().resolve("criminal_charges.txt")));
      IndexMeta meta = new IndexMeta(IndexMeta.FORMAT, HanLpAnalyzer.NAME + "+dict:" + dict.fingerprint(),
          BigramAnalyzer.NAME, dict.fingerprint(), null, null, "truncate", 510, 0.9f, 0.4f);
      CloudSolrClient admin = cloud.getSolrClient();
      SolrBackend created = SolrBackend.create(admin, "lecard", meta, dict, null, 2, 2, tmp.resolve("configsets"));
      System.out.printf(Locale.ROOT, "solr: cluster started, collection created in %.1f s%n", secs(t2));
      long t4 = System.nanoTime();
      SolrFactsRetriever.index(created, judgments);
      System.out.printf(Locale.ROOT, "solr: %d judgments indexed in %.1f s%n", judgments.size(), secs(t4));
      long t3 = System.nanoTime();
      try (SolrBackend backend = SolrBackend.open(SolrCluster.connect(cloud.getZkServer().getZkAddress()), "lecard", null);
          SolrFactsRetriever retriever = new SolrFactsRetriever(backend)) {
        assertEquals(judgments.size(), backend.counts()[0]);
        solr = eval.defaultScores(retriever, null, byId);
      }
      System.out.printf(Locale.ROOT, "solr: 87 queries in %.1f s%n", secs(t3));
    } finally {
      org.apache.solr.client.solrj.request.CollectionAdminRequest.deleteCollection("lecard").process(cloud.getSolrClient());
    }
    List<String> bad = new ArrayList<>();
    for (String protocol : List.of("pool", "judged", "corpus")) {
      for (String metric : List.of("ndcg@10", "ndcg@30")) {
        double want = expected.value(def, protocol, metric);
        double got = solr.protocol(protocol).get(metric);
        System.out.printf(Locale.ROOT, "%s %s: embedded %.4f, solr %.4f%n", protocol, metric, want, got);
        if (Math.abs(got - want) > 0.005) {
          bad.add(protocol + " " + metric + ": embedded " + want + ", solr " + got);
        }
      }
    }
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }

  private static double secs(long t) {
    return (System.nanoTime() - t) / 1e9;
  }
}
