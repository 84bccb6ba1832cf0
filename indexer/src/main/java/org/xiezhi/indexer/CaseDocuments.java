package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.xiezhi.indexer.rank.CaseProfiles;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.StatuteArticle;

/** Maps corpus records to Lucene documents (the one place that knows the document layout). */
public final class CaseDocuments {
  private CaseDocuments() {}

  /** The document of a judgment; {@code factsVector} may be null (no embedder, or no facts). */
  public static Document caseDocument(CaseRecord r, float[] factsVector) {
    if (r.id() == null || r.id().isBlank()) {
      throw new IllegalArgumentException("case record without id");
    }
    Document d = new Document();
    d.add(new StringField(KIND, KIND_CASE, Field.Store.NO));
    d.add(new StringField(ID, r.id(), Field.Store.YES));
    keyword(d, SOURCE, r.source(), false);
    text(d, TITLE, r.title());
    text(d, FACTS, r.facts());
    text(d, REASONING, r.reasoning());
    bigramsOnly(d, FULL_TEXT, r.fullText());
    for (String c : new LinkedHashSet<>(r.charges())) {
      keyword(d, CHARGE, c, true);
    }
    for (String a : new LinkedHashSet<>(r.articles())) {
      keyword(d, ARTICLE, a, true);
    }
    keyword(d, COURT, r.court(), true);
    keyword(d, REGION, r.region(), true);
    keyword(d, PROCEDURE, r.procedure(), true);
    if (r.year() != null) {
      d.add(new IntPoint(YEAR, r.year()));
      d.add(new SortedSetDocValuesField(YEAR, new BytesRef(Integer.toString(r.year()))));
      d.add(new NumericDocValuesField(YEAR + "_n", r.year()));
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
        d.add(new IntPoint(PENALTY_MONTHS, def.sentence().months()));
      }
    }
    for (String t : types) {
      keyword(d, PENALTY_TYPE, t, false);
    }
    if (factsVector != null) {
      d.add(new KnnFloatVectorField(FACTS_VECTOR, factsVector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    if (r.fullText() != null && !r.fullText().isEmpty()) {
      d.add(new BinaryDocValuesField(FULL_TEXT_VALUE, new BytesRef(r.fullText())));
    }
    d.add(new BinaryDocValuesField(RANK_PROFILE, new BytesRef(CaseProfiles.of(r).encode())));
    d.add(new StoredField(RECORD, json(r.withFullText(null))));
    return d;
  }

  /** The document of a statute article. */
  public static Document statuteDocument(StatuteArticle a) {
    if (a.id() == null || a.id().isBlank()) {
      throw new IllegalArgumentException("statute record without id");
    }
    Document d = new Document();
    d.add(new StringField(KIND, KIND_STATUTE, Field.Store.NO));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    keyword(d, STATUTE_LAW, a.law(), false);
    keyword(d, STATUTE_LABEL, a.label(), false);
    String body = (a.chapter() == null ? "" : a.chapter() + " ") + (a.section() == null ? "" : a.section() + " ")
        + (a.text() == null ? "" : a.text());
    text(d, STATUTE_TEXT, body);
    d.add(new StoredField(RECORD, json(a)));
    return d;
  }

  private static void text(Document d, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new TextField(field, value, Field.Store.NO));
    d.add(new TextField(field + BIGRAM, value, Field.Store.NO));
  }

  /** Long full texts get only the (7× faster) bigram analysis. */
  private static void bigramsOnly(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new TextField(field + BIGRAM, value, Field.Store.NO));
    }
  }

  private static void keyword(Document d, String field, String value, boolean facet) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new StringField(field, value, Field.Store.NO));
    if (facet) {
      d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
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
