package org.xiezhi.advisor.adapters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import org.xiezhi.advisor.port.SimilarCase;
import org.xiezhi.advisor.port.SimilarCases;

/**
 * Similar cases that share one search among identical questions asked at nearly the same time: one
 * analysis in the workbench sends one advice request per defendant, all with the same facts, and
 * each asks for the same cases (the charge check's list, then the list for each charge). A question
 * that another call is answering waits for that answer; an answer is kept for {@code keepMillis}
 * (a few seconds, so an index refresh is seen as before, within seconds) and for the last
 * {@code capacity} questions. A failed search is not kept. The answers are unmodifiable lists.
 */
public final class RecentSimilarCases implements SimilarCases {
  /** Questions kept and how long: the lists of a few analyses, for two seconds. */
  public static final int CAPACITY = 64;
  public static final long KEEP_MILLIS = 2_000;

  private record Question(String facts, String charge, int k) {}

  private record Answer(CompletableFuture<List<SimilarCase>> cases, long asked) {}

  private final SimilarCases search;
  private final long keepMillis;
  private final LongSupplier clock;
  private final Map<Question, Answer> kept;

  /** Shares {@code search}'s answers with the default capacity and retention. */
  public RecentSimilarCases(SimilarCases search) {
    this(search, CAPACITY, KEEP_MILLIS, System::currentTimeMillis);
  }

  /** As above with {@code capacity} questions kept for {@code keepMillis} by {@code clock} (tests). */
  public RecentSimilarCases(SimilarCases search, int capacity, long keepMillis, LongSupplier clock) {
    if (capacity < 1 || keepMillis < 0) {
      throw new IllegalArgumentException("capacity must be at least 1 and keepMillis at least 0, were "
          + capacity + " and " + keepMillis);
    }
    this.search = Objects.requireNonNull(search, "search");
    this.keepMillis = keepMillis;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.kept = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Question, Answer> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public List<SimilarCase> find(String facts, String charge, int k) {
    Question q = new Question(facts, charge, k);
    CompletableFuture<List<SimilarCase>> mine = null;
    Answer a;
    synchronized (kept) {
      long now = clock.getAsLong();
      a = kept.get(q);
      if (a == null || a.cases().isDone() && now - a.asked() > keepMillis) {
        mine = new CompletableFuture<>();
        a = new Answer(mine, now);
        kept.put(q, a);
      }
    }
    if (mine != null) {
      try {
        mine.complete(java.util.Collections.unmodifiableList(new java.util.ArrayList<>(search.find(facts, charge, k))));
      } catch (RuntimeException | Error e) {
        // every waiter gets the failure (an Error too, so none waits forever) and it is not kept
        synchronized (kept) {
          kept.remove(q, a);
        }
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return a.cases().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
