package org.xiezhi.indexer.solr;

import static org.xiezhi.indexer.CaseFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * Maps corpus records to Solr documents with the fields of {@link org.xiezhi.indexer.CaseDocuments}
 * (the schema is {@link SolrConfigset}'s): the same values go to the same field names, text fields
 * once (the schema's field types analyse words and bigrams).
 */
public final class SolrDocuments {
  private SolrDocuments() {}

  /** The document of a judgment; {@code factsVector} may be null. */
  public static SolrInputDocument caseDocument(CaseRecord r, float[] factsVector) {
    if (r.id() == null || r.id().isBlank()) {
      throw new IllegalArgumentException("case record without id");
    }
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, r.id());
    d.setField(KIND, KIND_CASE);
    keyword(d, SOURCE, r.source());
    text(d, TITLE, r.title());
    text(d, FACTS, r.facts());
    text(d, REASONING, r.reasoning());
    if (r.fullText() != null && !r.fullText().isBlank()) {
      d.setField(FULL_TEXT + BIGRAM, r.fullText());
    }
    for (String c : new LinkedHashSet<>(r.charges())) {
      keyword(d, CHARGE, c);
    }
    for (String a : new LinkedHashSet<>(r.articles())) {
      keyword(d, ARTICLE, a);
    }
    keyword(d, COURT, r.court());
    keyword(d, REGION, r.region());
    keyword(d, PROCEDURE, r.procedure());
    if (r.year() != null) {
      d.setField(YEAR, r.year());
    }
    Set<String> types = new LinkedHashSet<>();
    for (Defendant def : r.defendants()) {
      if (def.sentence() == null) {
        continue;
      }
      if (def.sentence().type() != null) {
        types.add(def.sentence().type());
      }
      if (def.sentence().months() != null) {
        d.addField(PENALTY_MONTHS, def.sentence().months());
      }
    }
    for (String t : types) {
      keyword(d, PENALTY_TYPE, t);
    }
    if (factsVector != null) {
      List<Float> v = new ArrayList<>(factsVector.length);
      for (float f : factsVector) {
        v.add(f);
      }
      d.setField(FACTS_VECTOR, v);
    }
    d.setField(RANK_PROFILE, org.xiezhi.indexer.rank.CaseProfiles.of(r).encode());
    d.setField(RECORD, json(r));
    return d;
  }

  /** The document of a statute article. */
  public static SolrInputDocument statuteDocument(StatuteArticle a) {
    if (a.id() == null || a.id().isBlank()) {
      throw new IllegalArgumentException("statute record without id");
    }
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, a.id());
    d.setField(KIND, KIND_STATUTE);
    keyword(d, STATUTE_LAW, a.law());
    keyword(d, STATUTE_LABEL, a.label());
    String body = (a.chapter() == null ? "" : a.chapter() + " ") + (a.section() == null ? "" : a.section() + " ")
        + (a.text() == null ? "" : a.text());
    text(d, STATUTE_TEXT, body);
    d.setField(RECORD, json(a));
    return d;
  }

  private static void text(SolrInputDocument d, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.setField(field, value);
    d.setField(field + BIGRAM, value);
  }

  private static void keyword(SolrInputDocument d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.addField(field, value);
    }
  }

  private static String json(Object o) {
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("record cannot be written as JSON: " + e.getMessage(), e);
    }
  }
}
