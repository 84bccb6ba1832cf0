package org.xiezhi.eval.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.eval.lecard.FactsBm25Index;
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
 * replicas on 2 nodes: NDCG@30 under the pool and the corpus protocols must agree within 0.005.
 */
class LecardSolrParityTest {
  @TempDir Path tmp;

  @Test
  void solrCloudScoresEqualTheEmbeddedIndexs() throws Exception {
    LecardDataset ds = LecardDataset.open(SharedData.require("lecard"));
    long t0 = System.nanoTime();
    List<String> rejects = new ArrayList<>();
    List<LecardJudgment> judgments = ds.judgments(rejects);
    Map<String, Set<String>> charges = new HashMap<>();
    judgments.forEach(j -> charges.put(j.docId(), j.charges()));
    System.out.printf(Locale.ROOT, "read %d judgments in %.1f s%n", judgments.size(), secs(t0));
    LecardEvaluation eval = new LecardEvaluation(ds, ChargeOverlapFusion.DEFAULT_CHARGE_WEIGHT, System.out);

    MethodScores embedded;
    long t1 = System.nanoTime();
    try (FactsBm25Index index = new FactsBm25Index(judgments, new BigramAnalyzer(), 0.9f, 0.4f)) {
      embedded = eval.defaultScores(index, charges);
    }
    System.out.printf(Locale.ROOT, "embedded: index + 87 queries in %.1f s%n", secs(t1));

    MethodScores solr;
    MiniSolrCloudCluster cloud = TestCloud.start(tmp, 2);
    try {
      long t2 = System.nanoTime();
      LegalDictionary dict = LegalDictionary.withChargeFiles(List.of(ds.dir().resolve("criminal_charges.txt")));
      IndexMeta meta = new IndexMeta(IndexMeta.FORMAT, HanLpAnalyzer.NAME + "+dict:" + dict.fingerprint(),
          BigramAnalyzer.NAME, dict.fingerprint(), null, null, "truncate", 510, 0.9f, 0.4f);
      CloudSolrClient admin = cloud.getSolrClient();
      SolrFactsRetriever.index(SolrBackend.create(admin, "lecard", meta, dict, null, 2, 2, tmp.resolve("configsets")),
          judgments);
      System.out.printf(Locale.ROOT, "solr: started and indexed in %.1f s%n", secs(t2));
      long t3 = System.nanoTime();
      try (SolrBackend backend = SolrBackend.open(SolrCluster.connect(cloud.getZkServer().getZkAddress()), "lecard", null);
          SolrFactsRetriever retriever = new SolrFactsRetriever(backend)) {
        assertEquals(judgments.size(), backend.counts()[0]);
        solr = eval.defaultScores(retriever, charges);
      }
      System.out.printf(Locale.ROOT, "solr: 87 queries in %.1f s%n", secs(t3));
    } finally {
      cloud.shutdown();
    }
    System.out.printf(Locale.ROOT, "pool NDCG@30 embedded %.4f solr %.4f | corpus NDCG@30 embedded %.4f solr %.4f%n",
        embedded.pool().ndcg30(), solr.pool().ndcg30(), embedded.corpus().ndcg30(), solr.corpus().ndcg30());
    assertEquals(embedded.pool().ndcg30(), solr.pool().ndcg30(), 0.005, "pool NDCG@30");
    assertEquals(embedded.corpus().ndcg30(), solr.corpus().ndcg30(), 0.005, "corpus NDCG@30");
    assertEquals(embedded.pool().ndcg10(), solr.pool().ndcg10(), 0.005, "pool NDCG@10");
    assertEquals(embedded.corpus().ndcg10(), solr.corpus().ndcg10(), 0.005, "corpus NDCG@10");
    // the embedded side is the evaluated default method (docs/evaluation.md: pool 0.904, corpus 0.576)
    assertTrue(embedded.pool().ndcg30() > 0.90 && embedded.corpus().ndcg30() > 0.57, embedded.toString());
  }

  private static double secs(long t) {
    return (System.nanoTime() - t) / 1e9;
  }
}
