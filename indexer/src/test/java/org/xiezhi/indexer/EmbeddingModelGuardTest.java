package org.xiezhi.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.analysis.LegalDictionary;

/**
 * An index whose vectors come from one embedding model is never written or searched with another
 * (or without one): opening is refused before the writer takes the lock, and a vector of the wrong
 * size is refused per case.
 */
class EmbeddingModelGuardTest {

  @Test
  void anotherModelOrNoneIsRefusedForReadingAndWriting() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-guard");
    CaseRecord one = new CaseRecord("g-1", "text", "标题", "某某区人民法院", null, null, null, null, null, 2023,
        "被告人在商场内窃取手机一部，价值三千元。", null, null, null, List.of("盗窃罪"), List.of(), List.of(), List.of(), List.of());
    CaseSource source = CaseSource.of("one case", List.of(one));
    IndexBuilder.build(IndexBuilder.Settings.defaults(dir), source, null, LegalDictionary.builtIn(),
        new HashingEmbedder("hash@1"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    HashingEmbedder other = new HashingEmbedder("hash@2");
    var read = assertThrows(IllegalStateException.class, () -> CaseIndex.open(dir, other));
    assertTrue(read.getMessage().contains("hash@1") && read.getMessage().contains("hash@2"), read.getMessage());
    var write = assertThrows(IllegalStateException.class, () -> CaseIndex.openForWriting(dir, other));
    assertTrue(write.getMessage().contains("rebuild"), write.getMessage());
    var none = assertThrows(IllegalStateException.class, () -> CaseIndex.openForWriting(dir, null));
    assertTrue(none.getMessage().contains("hash@1"), none.getMessage());
    // the refusals left no write lock behind: the right model opens for writing, and an upsert is embedded by it
    try (CaseIndex idx = CaseIndex.openForWriting(dir, new HashingEmbedder("hash@1"))) {
      var wrongSize = assertThrows(IllegalArgumentException.class, () -> idx.upsert(one, new float[512]));
      assertTrue(wrongSize.getMessage().contains("512"), wrongSize.getMessage());
      CaseRecord two = new CaseRecord("g-2", "text", null, null, null, null, null, null, null, 2024,
          "被告人醉酒驾驶机动车。", null, null, null, List.of("危险驾驶罪"), List.of(), List.of(), List.of(), List.of());
      idx.upsert(two);
      idx.commit();
      idx.refresh();
      assertEquals(2, idx.counts()[0]);
      var hits = idx.search(new SearchRequest("醉酒驾驶", SearchRequest.Mode.SEMANTIC, SearchFilters.NONE, 2, false, false));
      assertEquals("g-2", hits.hits().get(0).id());
    }
  }
}
