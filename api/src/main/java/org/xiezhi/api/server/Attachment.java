package org.xiezhi.api.server;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A reply body the server writes as a file to download (e.g. a Word document) instead of JSON:
 * its bytes, media type and file name ({@code Content-Disposition: attachment}, the name in UTF-8
 * per RFC 6266 with an ASCII fallback).
 */
public record Attachment(String fileName, String asciiFileName, String contentType, byte[] bytes) {

  /** Writes the file and ends the response. */
  void send(HttpServerResponse response) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    response.putHeader("Content-Type", contentType)
        .putHeader("Content-Disposition", "attachment; filename=\"" + asciiFileName + "\"; filename*=UTF-8''" + encoded)
        .end(Buffer.buffer(bytes));
  }
}
