package org.xiezhi.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.xiezhi.corpus.charge.ChargeCatalogue;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.corpus.statute.LawsSource;
import org.xiezhi.indexer.CaseSource;
import org.xiezhi.indexer.IndexBuilder;
import org.xiezhi.indexer.LongTextStrategy;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.inference.EmbedderChoice;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.indexer.backend.BackendConfig;
import org.xiezhi.indexer.backend.SearchBackend;
import org.xiezhi.indexer.solr.SolrBackend;
import org.xiezhi.indexer.solr.SolrCluster;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiezhi index}: builds the search index from corpus records, or updates it by id. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Build or update the search index from corpus records.")
public final class IndexCommand implements Callable<Integer> {

  static final class CaseInput {
    @Option(names = "--cases", description = "cases.jsonl written by `corpus ingest` (default: <data-dir>/corpus/cases.jsonl)") Path cases;
    @Option(names = "--corpus", description = "folder with cases.jsonl (and statutes.jsonl, charges.jsonl; default: <data-dir>/corpus)") Path corpus;
  }

  @ArgGroup(exclusive = true) CaseInput input;

  @Option(names = "--statutes", description = "statutes.jsonl") Path statutes;
  @Option(names = "--laws", description = "laws folder to read statutes and the charge catalogue from") Path laws;
  @Option(names = "--charges", description = "charge-name list for the analyzer's dictionary (repeatable)") List<Path> chargeFiles = new ArrayList<>();
  @Option(names = "--data-dir", description = "data root (default: ${DEFAULT-VALUE}); the index goes to <data-dir>/index") Path dataRoot = DataDir.DEFAULT;
  @Option(names = "--index-dir", description = "index folder (default: <data-dir>/index)") Path indexDir;
  @Option(names = "--vector-cache", description = "vector cache folder (default: <index-dir>/vector-cache)") Path vectorCache;
  @Option(names = "--embedder", description = "int8, fp32 or none (default: ${DEFAULT-VALUE})") String embedder = "int8";
  @Option(names = "--long-text", description = "truncate, chunk-mean or chunk-max (default: ${DEFAULT-VALUE})") String longText = "truncate";
  @Option(names = "--max-embed-chars", description = "characters per embedded window (default: ${DEFAULT-VALUE})") int maxEmbedChars = 510;
  @Option(names = "--commit-every", description = "input records between two commits of a build; a killed build started again resumes from its last commit (default: ${DEFAULT-VALUE})")
  int commitEvery = IndexBuilder.Settings.COMMIT_EVERY;
  @Option(names = "--upsert", description = "add or replace the cases of this cases.jsonl in an existing index") Path upsert;
  @Option(names = "--delete", description = "delete these ids from an existing index", split = ",") List<String> delete = new ArrayList<>();
  @Mixin BackendOptions backend = new BackendOptions();
  private Path dataDir;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    DataDir data = DataDir.of(dataRoot);
    dataDir = data.indexOr(indexDir);
    BackendConfig target = backend.config(dataDir);
    if (upsert != null || !delete.isEmpty()) {
      return update(target);
    }
    Path corpus = input == null ? data.corpus() : input.corpus;
    CaseSource source = source(data);
    List<StatuteArticle> articles = statutes();
    LegalDictionary dict = dictionary(err, corpus);
    IndexBuilder.Settings d = IndexBuilder.Settings.defaults(dataDir);
    IndexBuilder.Settings s = new IndexBuilder.Settings(dataDir, vectorCache == null ? d.vectorCacheDir() : vectorCache,
        LongTextStrategy.parse(longText), maxEmbedChars, d.batchSize(), d.ramBufferMb(), d.bm25K1(), d.bm25B(), commitEvery);
    try (TextEmbedder e = EmbedderChoice.open(embedder)) {
      IndexBuilder.Counters c;
      if (target.kind() == BackendConfig.Kind.SOLR) {
        // the vector cache and the generated configset stay under --data-dir
        try (var client = SolrCluster.connect(target.zkHost())) {
          err.printf("index: SolrCloud collection %s at %s (%d shards x %d replicas when created)%n",
              target.collection(), target.zkHost(), backend.shards, backend.replicas);
          c = IndexBuilder.build(s, source, articles, dict, e, err, meta -> SolrBackend.create(client, target.collection(),
              meta, dict, e, backend.shards, backend.replicas, dataDir.resolve("solr-configsets")).buildTarget());
        }
      } else {
        c = IndexBuilder.build(s, source, articles, dict, e, err);
      }
      System.out.println(c.report());
      c.rejects.forEach((k, v) -> System.out.println("  rejected " + k + ": " + v));
      return c.casesIndexed == 0 ? 1 : 0;
    }
  }

  /** --upsert / --delete on the embedded index or a SolrCloud collection. */
  private int update(BackendConfig target) throws Exception {
    try (TextEmbedder e = EmbedderChoice.open(embedder);
        SearchBackend b = target.openForWriting(e)) {
      int up = 0;
      if (upsert != null) {
        boolean vectors = e != null && b.meta().embeddingModel() != null;
        for (CaseRecord r : org.xiezhi.corpus.io.JsonLinesReader.readAll(upsert, CaseRecord.class)) {
          b.upsert(r, vectors ? org.xiezhi.indexer.SearchParts.embedFacts(b.meta(), e, r.facts()) : null);
          up++;
        }
      }
      int del = 0;
      int absent = 0;
      for (String id : delete) {
        if (b.delete(id)) {
          del++;
        } else {
          absent++;
        }
      }
      b.commit();
      System.out.printf("upserted %d, deleted %d, ids not found %d (%s)%n", up, del, absent, b.describe());
      return 0;
    }
  }

  /** The ingested records: --cases, --corpus, else the data root's corpus/ (which must exist). */
  private CaseSource source(DataDir data) {
    if (input != null && input.cases != null) {
      return CaseSource.jsonl(requireFile(input.cases));
    }
    Path corpus = input == null ? data.corpus() : input.corpus;
    if (input == null) {
      data.requireCases();
    }
    if (statutes == null && laws == null && Files.isRegularFile(corpus.resolve("statutes.jsonl"))) {
      statutes = corpus.resolve("statutes.jsonl");
    }
    return CaseSource.jsonl(requireFile(corpus.resolve("cases.jsonl")));
  }

  private List<StatuteArticle> statutes() throws Exception {
    if (statutes != null) {
      return CaseSource.statutes(requireFile(statutes));
    }
    if (laws != null) {
      return LawsSource.read(laws).articles();
    }
    return null;
  }

  private LegalDictionary dictionary(PrintStream err, Path corpus) throws Exception {
    Path charges = corpus == null ? null : corpus.resolve("charges.jsonl");
    if (laws == null && chargeFiles.isEmpty() && charges != null && Files.isRegularFile(charges)) {
      // the charge catalogue `corpus ingest` wrote beside the cases
      List<String> names = new ArrayList<>();
      for (ChargeEntry e : org.xiezhi.corpus.io.JsonLinesReader.readAll(charges, ChargeEntry.class)) {
        names.add(e.name());
        names.addAll(e.formerNames());
      }
      if (!names.isEmpty()) {
        return LegalDictionary.of(names);
      }
    }
    if (laws != null) {
      Path data = laws.getParent();
      ChargeCatalogue cat = ChargeCatalogue.build(laws, existing(data.resolve("cail2018/accu.txt")),
          existing(data.resolve("lecard/criminal_charges.txt")));
      List<String> names = new ArrayList<>();
      for (ChargeEntry e : cat.entries()) {
        names.add(e.name());
        names.addAll(e.formerNames());
      }
      return LegalDictionary.of(names);
    }
    if (chargeFiles.isEmpty()) {
      try {
        Path data = SharedData.dataDir();
        chargeFiles = List.of(data.resolve("lecard/criminal_charges.txt"), data.resolve("cail2018/accu.txt"));
      } catch (IllegalStateException e) {
        err.println("index: no charge lists given and no public data found; built-in legal terms only");
        return LegalDictionary.builtIn();
      }
    }
    for (Path p : chargeFiles) {
      requireFile(p);
    }
    return LegalDictionary.withChargeFiles(chargeFiles);
  }

  private static Path existing(Path p) {
    return Files.isRegularFile(p) ? p : null;
  }

  private static Path requireFile(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no such file: " + p);
    }
    return p;
  }
}
