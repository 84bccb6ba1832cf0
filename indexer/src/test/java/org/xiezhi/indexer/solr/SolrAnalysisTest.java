package org.xiezhi.indexer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.indexer.backend.BackendConfig;

/**
 * The Solr field type's chain (char filter, {@link HanLpTokenizerFactory} reading the configset's
 * dictionary, lower-casing) gives exactly the tokens and offsets of {@link HanLpAnalyzer}; the
 * generated configset holds what the schema refers to; backend settings are validated.
 */
class SolrAnalysisTest {
  @TempDir Path tmp;

  static final LegalDictionary DICT = LegalDictionary.of(List.of("盗窃罪", "危险驾驶罪", "掩饰、隐瞒犯罪所得罪"));

  Analyzer solrChain(Path configset) throws IOException {
    ResourceLoader loader = new ResourceLoader() {
      @Override
      public InputStream openResource(String resource) throws IOException {
        return Files.newInputStream(configset.resolve(resource));
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        try {
          return Class.forName(cname).asSubclass(expectedType);
        } catch (ClassNotFoundException e) {
          throw new IllegalArgumentException(e);
        }
      }
    };
    return CustomAnalyzer.builder(loader)
        .addCharFilter(CJKWidthCharFilterFactory.class)
        .withTokenizer(HanLpTokenizerFactory.class, "dictionary", SolrConfigset.DICTIONARY)
        .addTokenFilter(LowerCaseFilterFactory.class)
        .build();
  }

  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("facts", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t + "@" + o.startOffset() + "-" + o.endOffset());
      }
      ts.end();
    }
    return out;
  }

  static IndexMeta meta(Integer dimension) {
    return new IndexMeta(IndexMeta.FORMAT, HanLpAnalyzer.NAME, "cjk-bigram", DICT.fingerprint(),
        dimension == null ? null : "model@1", dimension, "truncate", 510, 0.9f, 0.4f);
  }

  @Test
  void solrChainAnalysesAsTheEmbeddedAnalyzer() throws Exception {
    Path dir = SolrConfigset.write(tmp.resolve("cs"), meta(512), DICT);
    Analyzer solr = solrChain(dir);
    Analyzer embedded = new HanLpAnalyzer(DICT);
    List<String> texts = new ArrayList<>(List.of("", "   ", "被告人张某犯盗窃罪，窃取ＩＰＨＯＮＥ手机一部，价值3,000元。",
        "2016年10月2日，被告人醉酒后驾驶小型轿车，构成危险驾驶罪", "明知是犯罪所得而予以掩饰、隐瞒"));
    Random r = new Random(7);
    String alphabet = "被告人盗窃罪危险驾驶ＡＢab12３，。 、万元年月日第条之一";
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = r.nextInt(40); j > 0; j--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (String t : texts) {
      assertEquals(tokens(embedded, t), tokens(solr, t), t);
    }
    assertTrue(tokens(solr, "被告人犯盗窃罪").contains("盗窃罪@4-7"), tokens(solr, "被告人犯盗窃罪").toString());
  }

  @Test
  void configsetHoldsWhatTheSchemaRefersTo() throws Exception {
    Path dir = SolrConfigset.write(tmp.resolve("vec"), meta(512), DICT);
    String schema = Files.readString(dir.resolve("schema.xml"), StandardCharsets.UTF_8);
    assertTrue(schema.contains("vectorDimension=\"512\" similarityFunction=\"dot_product\""), schema);
    assertTrue(schema.contains("<float name=\"k1\">0.9</float><float name=\"b\">0.4</float>"), schema);
    assertTrue(schema.contains(HanLpTokenizerFactory.class.getName()) && schema.contains("BigramAnalyzer"), schema);
    assertTrue(Files.readString(dir.resolve("solrconfig.xml"), StandardCharsets.UTF_8).contains("ExactStatsCache"));
    assertEquals(DICT.terms(), Files.readAllLines(dir.resolve(SolrConfigset.DICTIONARY), StandardCharsets.UTF_8));
    assertEquals("xiezhi-" + DICT.fingerprint() + "-d512", SolrConfigset.name(meta(512)));
    Path kw = SolrConfigset.write(tmp.resolve("kw"), meta(null), DICT);
    assertTrue(!Files.readString(kw.resolve("schema.xml"), StandardCharsets.UTF_8).contains("facts_vec"));
    assertEquals("xiezhi-" + DICT.fingerprint(), SolrConfigset.name(meta(null)));
  }

  @Test
  void factoryNeedsItsDictionaryArgument() {
    assertThrows(IllegalArgumentException.class, () -> new HanLpTokenizerFactory(new java.util.HashMap<>()));
    assertThrows(IllegalArgumentException.class,
        () -> new HanLpTokenizerFactory(new java.util.HashMap<>(Map.of("dictionary", "d.txt", "other", "x"))));
  }

  @Test
  void backendSettingsAreValidated() {
    assertEquals(BackendConfig.Kind.SOLR, BackendConfig.Kind.parse(" Solr "));
    assertThrows(IllegalArgumentException.class, () -> BackendConfig.Kind.parse("elastic"));
    assertThrows(IllegalArgumentException.class, () -> BackendConfig.solr(null, "cases"));
    assertThrows(IllegalArgumentException.class, () -> BackendConfig.solr("zk:2181", "bad name"));
    assertThrows(IllegalArgumentException.class, () -> BackendConfig.embedded(null));
    assertThrows(IllegalArgumentException.class, () -> SolrCluster.connect("zk1:2181,zk2/solr"));
    assertEquals("solr cases at zk:2181/solr", BackendConfig.solr("zk:2181/solr", "cases").describe());
  }
}
