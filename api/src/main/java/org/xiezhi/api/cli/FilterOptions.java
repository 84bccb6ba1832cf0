package org.xiezhi.api.cli;

import java.util.ArrayList;
import java.util.List;
import org.xiezhi.indexer.SearchFilters;
import picocli.CommandLine.Option;

/** The case filters of {@code search} and {@code similar} as command-line options. */
final class FilterOptions {
  @Option(names = "--charge", description = "only cases with this charge (repeatable: any of them)") List<String> charges = new ArrayList<>();
  @Option(names = "--article", description = "only cases citing this article, e.g. 刑法第264条 (repeatable)") List<String> articles = new ArrayList<>();
  @Option(names = "--court", description = "only cases of this court (repeatable)") List<String> courts = new ArrayList<>();
  @Option(names = "--region", description = "only cases of this province (repeatable)") List<String> regions = new ArrayList<>();
  @Option(names = "--year-from", description = "first judgment year") Integer yearFrom;
  @Option(names = "--year-to", description = "last judgment year") Integer yearTo;
  @Option(names = "--penalty-min", description = "some defendant's fixed-term penalty ≥ this many months") Integer penaltyMin;
  @Option(names = "--penalty-max", description = "some defendant's fixed-term penalty ≤ this many months") Integer penaltyMax;

  SearchFilters toFilters() {
    return new SearchFilters(charges, articles, courts, regions, yearFrom, yearTo, penaltyMin, penaltyMax);
  }
}
