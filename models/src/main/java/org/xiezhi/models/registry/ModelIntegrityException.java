package org.xiezhi.models.registry;

import java.io.IOException;

/** A model file is missing or does not match its manifest (size or sha256). */
public final class ModelIntegrityException extends IOException {
  public ModelIntegrityException(String message) {
    super(message);
  }
}
