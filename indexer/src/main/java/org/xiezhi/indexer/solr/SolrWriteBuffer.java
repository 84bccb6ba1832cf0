package org.xiezhi.indexer.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;

/** Documents written to a {@link SolrCollection}, sent in batches of {@link #WRITE_BATCH} and on {@link #flush}. */
final class SolrWriteBuffer {
  static final int WRITE_BATCH = 256;

  private final SolrCollection collection;
  private final List<SolrInputDocument> pending = new ArrayList<>();

  SolrWriteBuffer(SolrCollection collection) {
    this.collection = collection;
  }

  void add(SolrInputDocument d) throws IOException {
    List<SolrInputDocument> send = null;
    synchronized (pending) {
      pending.add(d);
      if (pending.size() >= WRITE_BATCH) {
        send = new ArrayList<>(pending);
        pending.clear();
      }
    }
    if (send != null) {
      collection.add(send);
    }
  }

  /** Sends the buffered documents (not yet committed). */
  void flush() throws IOException {
    List<SolrInputDocument> send;
    synchronized (pending) {
      send = new ArrayList<>(pending);
      pending.clear();
    }
    if (!send.isEmpty()) {
      collection.add(send);
    }
  }
}
