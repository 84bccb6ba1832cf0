package org.xiezhi.indexer.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * Chinese word analyzer: full/half-width folding (offset-correcting char filter), then
 * {@link HanLpTokenizer} (legal terms and numbers whole, HanLP viterbi for the rest), then
 * lower-casing.
 */
public final class HanLpAnalyzer extends Analyzer {
  /** Name recorded in an index's metadata. */
  public static final String NAME = "hanlp-viterbi-1.8.6";

  private final LegalDictionary dictionary;

  public HanLpAnalyzer(LegalDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The legal dictionary in use. */
  public LegalDictionary dictionary() {
    return dictionary;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new HanLpTokenizer(dictionary);
    TokenStream result = new LowerCaseFilter(source);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
