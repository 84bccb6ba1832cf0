package org.xiezhi.indexer;

/** Thrown when an index is written after it was closed, e.g. by a background load while the service stops. */
public final class IndexClosedException extends IllegalStateException {
  public IndexClosedException(String message, Throwable cause) {
    super(message, cause);
  }
}
