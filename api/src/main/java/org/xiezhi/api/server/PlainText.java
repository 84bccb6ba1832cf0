package org.xiezhi.api.server;

/** A reply body the server writes as {@code text/plain} (Prometheus exposition) instead of JSON. */
public record PlainText(String text) {}
