package org.xiezhi.indexer;

/**
 * Thrown when an index cannot be opened for writing because another writer (another process, or
 * another open {@link CaseIndex}) holds its write lock.
 */
public final class IndexLockedException extends IllegalStateException {
  public IndexLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
