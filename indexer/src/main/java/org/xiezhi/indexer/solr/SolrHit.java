package org.xiezhi.indexer.solr;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * One hit of a Solr list: id, score, the record (when fetched), the charges and the ranking profile
 * line (when asked for; null otherwise).
 */
record SolrHit(String id, float score, CaseRecord record, List<String> charges, String profile) {

  /** The hits of a response, in order. */
  static List<SolrHit> of(QueryResponse r) throws IOException {
    List<SolrHit> out = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      Object rec = d.getFirstValue(RECORD);
      CaseRecord record = rec == null ? null : Json.mapper().readValue((String) rec, CaseRecord.class);
      List<String> charges = new ArrayList<>();
      Collection<Object> cs = d.getFieldValues(CHARGE);
      if (cs != null) {
        cs.forEach(c -> charges.add(c.toString()));
      }
      Object score = d.getFirstValue("score");
      Object profile = d.getFirstValue(RANK_PROFILE);
      out.add(new SolrHit((String) d.getFirstValue(ID), score == null ? 0f : ((Number) score).floatValue(), record,
          charges, profile == null ? null : profile.toString()));
    }
    return out;
  }
}
