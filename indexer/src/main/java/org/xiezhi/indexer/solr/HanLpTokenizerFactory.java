package org.xiezhi.indexer.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.xiezhi.indexer.analysis.HanLpTokenizer;
import org.xiezhi.indexer.analysis.LegalDictionary;

/**
 * The project's {@link HanLpTokenizer} as a Lucene/Solr tokenizer factory, so a Solr field type
 * analyses text exactly as the embedded index does. Argument {@code dictionary}: the legal
 * dictionary file (one term a line, as the index writes it) in the configset.
 *
 * <pre>{@code <tokenizer class="org.xiezhi.indexer.solr.HanLpTokenizerFactory" dictionary="legal-dictionary.txt"/>}</pre>
 */
public final class HanLpTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
  /** SPI name. */
  public static final String NAME = "xiezhiHanLp";

  private final String dictionaryFile;
  private volatile LegalDictionary dictionary;

  public HanLpTokenizerFactory(Map<String, String> args) {
    super(args);
    dictionaryFile = require(args, "dictionary");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public HanLpTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    List<String> terms = new ArrayList<>();
    try (InputStream in = loader.openResource(dictionaryFile);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        terms.add(line);
      }
    }
    dictionary = LegalDictionary.exactly(terms);
  }

  /** The dictionary read from the configset (null before {@link #inform}). */
  public LegalDictionary dictionary() {
    return dictionary;
  }

  @Override
  public HanLpTokenizer create(AttributeFactory factory) {
    LegalDictionary d = dictionary;
    if (d == null) {
      throw new IllegalStateException("dictionary " + dictionaryFile + " not loaded");
    }
    return new HanLpTokenizer(d);
  }
}
