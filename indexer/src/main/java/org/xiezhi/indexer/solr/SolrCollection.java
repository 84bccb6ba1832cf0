package org.xiezhi.indexer.solr;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * One collection of a SolrCloud as the {@link SolrBackend} talks to it: select requests (filters,
 * fields, facets), records by id, and the writes; Solr's failures become {@link IOException}s,
 * a query Solr refuses (400) an {@link IllegalArgumentException}.
 */
final class SolrCollection {
  private final SolrClient client;
  private final String name;

  SolrCollection(SolrClient client, String name) {
    this.client = client;
    this.name = name;
  }

  String name() {
    return name;
  }

  /** A select with filter queries {@code filters}, {@code rows} rows of fields {@code fl}, facet counts when asked. */
  QueryResponse select(SolrParams p, List<String> filters, int rows, String fl, boolean facets) throws IOException {
    for (String f : filters) {
      p.params.add("fq", f);
    }
    p.params.set("rows", rows);
    p.params.set("fl", fl);
    if (facets) {
      p.params.set("facet", true);
      for (String f : FACET_FIELDS) {
        p.params.add("facet.field", f);
      }
      p.params.set("facet.limit", -1);
      p.params.set("facet.mincount", 1);
    }
    try {
      return client.query(name, p.params, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new IOException("Solr query failed: " + e.getMessage(), e);
    } catch (org.apache.solr.common.SolrException e) {
      if (e.code() == 400) {
        throw new IllegalArgumentException("Solr refused the query: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  /** Runs a request on the collection. */
  QueryResponse query(org.apache.solr.common.params.SolrParams params) throws IOException {
    try {
      return client.query(name, params, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new IOException("Solr query failed: " + e.getMessage(), e);
    }
  }

  /** The records of these ids (cases only), by id. */
  Map<String, CaseRecord> records(List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    SolrParams p = new SolrParams();
    p.params.set("q", p.ids(ids));
    Map<String, CaseRecord> out = new HashMap<>();
    for (SolrHit s : SolrHit.of(select(p, List.of(p.term(KIND, KIND_CASE)), ids.size(), "id," + RECORD, false))) {
      out.put(s.id(), s.record());
    }
    return out;
  }

  /** The number of documents of this kind (case or statute). */
  long count(String kind) throws IOException {
    SolrParams p = new SolrParams();
    p.params.set("q", p.term(KIND, kind));
    return select(p, List.of(), 0, "id", false).getResults().getNumFound();
  }

  /** Every value of the charge field in the collection. */
  List<String> indexedCharges() throws IOException {
    SolrParams p = new SolrParams();
    p.params.set("q", "*:*");
    p.params.set("facet", true);
    p.params.set("facet.field", CHARGE);
    p.params.set("facet.limit", -1);
    p.params.set("facet.mincount", 1);
    p.params.set("rows", 0);
    QueryResponse r = query(p.params);
    List<String> out = new ArrayList<>();
    FacetField f = r.getFacetField(CHARGE);
    if (f != null && f.getValues() != null) {
      f.getValues().forEach(c -> out.add(c.getName()));
    }
    return out;
  }

  void add(List<SolrInputDocument> docs) throws IOException {
    try {
      client.add(name, docs);
    } catch (SolrServerException e) {
      throw new IOException("Solr refused " + docs.size() + " documents: " + e.getMessage(), e);
    }
  }

  /** Deletes the document with this id; true when it existed. */
  boolean delete(String id) throws IOException {
    SolrParams p = new SolrParams();
    p.params.set("q", p.term(ID, id));
    boolean existed = select(p, List.of(), 0, "id", false).getResults().getNumFound() > 0;
    try {
      client.deleteById(name, id);
    } catch (SolrServerException e) {
      throw new IOException("Solr refused to delete " + id + ": " + e.getMessage(), e);
    }
    return existed;
  }

  /** A hard commit that waits for the searchers to open. */
  void commit() throws IOException {
    try {
      client.commit(name, true, true);
    } catch (SolrServerException e) {
      throw new IOException("Solr commit failed: " + e.getMessage(), e);
    }
  }

  void close() throws IOException {
    client.close();
  }
}
