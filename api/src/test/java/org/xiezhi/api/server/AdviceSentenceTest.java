package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xiezhi.corpus.io.Json;

/**
 * The advice endpoints take the full sentence object of the CLI {@code advise} input: a drunk-driving
 * 拘役 with its fine is checked as what it is, while a term above the statute is an error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdviceSentenceTest {
  private TestService svc;

  @BeforeAll
  void start() throws Exception {
    svc = WorkbenchService.start(List.of());
  }

  @AfterAll
  void stop() throws Exception {
    svc.close();
  }

  private JsonNode post(String path, String body, int status) throws Exception {
    var r = svc.post(path, TestService.JUDGE, body);
    assertEquals(status, r.statusCode(), r.body());
    return Json.mapper().readTree(r.body());
  }

  private static boolean hasError(JsonNode hints) {
    for (JsonNode h : hints) {
      if (h.get("severity").asText().equals("error")) {
        return true;
      }
    }
    return false;
  }

  @Test
  void detentionWithItsFineDrawsNoErrorAndNoMissingFine() throws Exception {
    String sentence = "{\"type\":\"拘役\",\"months\":3,\"fineYuan\":5000}";
    JsonNode h = post("/api/v1/advise/hints", "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"sentence\":" + sentence + "}", 200);
    assertFalse(hasError(h.get("hints")), h.toString());
    assertFalse(h.toString().contains("FINE_MISSING"), h.toString());
    JsonNode a = post("/api/v1/advise", "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"sentence\":"
        + "{\"type\":\"detention\",\"months\":3,\"fineYuan\":5000}}", 200);
    assertFalse(hasError(a.get("hints")), a.toString());
    assertEquals("危险驾驶罪", a.get("sentencing").get(0).get("charge").asText());
    assertTrue(a.get("sentencing").get(0).get("statutory").get("article").asText().contains("133"), a.toString());
    assertTrue(a.get("chargeCheck").get("likely").size() > 0, a.toString());
  }

  @Test
  void imprisonmentAboveTheStatuteIsAnError() throws Exception {
    JsonNode a = post("/api/v1/advise", "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"sentence\":"
        + "{\"type\":\"有期徒刑\",\"months\":30}}", 200);
    assertTrue(hasError(a.get("hints")), a.toString());
    assertTrue(a.get("hints").toString().contains("SENTENCE"), a.toString());
  }

  @Test
  void badSentencesNameTheirField() throws Exception {
    JsonNode p = post("/api/v1/advise", "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"sentence\":{\"type\":\"拘役\"}}", 400);
    assertEquals("/sentence/months", p.get("field").asText(), p.toString());
    p = post("/api/v1/advise/hints", "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"sentence\":{\"type\":\"劳改\",\"months\":3}}", 400);
    assertEquals("/sentence/type", p.get("field").asText(), p.toString());
    p = post("/api/v1/advise/hints", "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"termMonths\":3,"
        + "\"sentence\":{\"type\":\"拘役\",\"months\":3}}", 400);
    assertEquals("/termMonths", p.get("field").asText(), p.toString());
    p = post("/api/v1/advise", "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"sentence\":{\"type\":\"死刑\",\"months\":3}}", 400);
    assertEquals("/sentence/months", p.get("field").asText(), p.toString());
  }
}
