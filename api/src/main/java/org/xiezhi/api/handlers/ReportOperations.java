package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.objects;
import static org.xiezhi.api.server.Field.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.api.report.DocxReportWriter;
import org.xiezhi.api.report.SimilarCaseReport;
import org.xiezhi.api.server.Attachment;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RequestSchema;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.SentenceWords;

/**
 * The 类案检索报告 as a Word document: the caller names who searched, when, the terms, the case at
 * hand and the cases chosen with their findings; the service adds each case's particulars from the
 * index (never the caller's copy), the scope of the case base and the model versions.
 */
public final class ReportOperations {
  static final List<String> FINDINGS = List.of("类似", "部分类似", "不类似");
  /** Times in the report: the courts' time zone. */
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.ROOT).withZone(ZONE);
  private static final RequestSchema ITEM = RequestSchema.of(
      string("id", true, 1, 100, "the case's id in the index"),
      string("similarity", false, 1, 10, "类似 (default), 部分类似 or 不类似"),
      string("note", false, 1, 2000, "how the case is or is not similar to the case at hand"),
      string("keyPoints", false, 1, 2000, "the searcher's summary of the case's key points (裁判要点)"));
  static final RequestSchema REPORT = RequestSchema.of(
      string("searcher", true, 1, 100, "who searched (检索人)"),
      string("searchedAt", false, 1, 40, "when the search ran, an ISO 8601 instant (default: now)"),
      string("query", true, 1, 2000, "the search terms"),
      string("scope", false, 1, 500, "the scope the searcher set (courts, years), added to the case base's"),
      string("pendingCase", false, 1, 8000, "the case at hand (待决案件) in brief"),
      objects("cases", true, 1, 50, ITEM, "the cases selected, in the order to report"),
      string("conclusion", false, 1, 4000, "the searcher's conclusion (default: a standard sentence)"));

  private ReportOperations() {}

  public static List<Operation> all(XiezhiServices s) {
    return List.of(new Operation("POST", "/api/v1/reports/similar-cases", "similarCaseReport",
        "The 类案检索报告 of a search as a Word document (.docx)", Operation.ANY, REPORT, true, call -> {
          SimilarCaseReport r = report(s, call.body(), Instant.now());
          String day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZONE).format(Instant.now());
          Attachment file = new Attachment("类案检索报告-" + day + ".docx", "similar-case-report-" + day + ".docx",
              DocxReportWriter.MEDIA_TYPE, DocxReportWriter.write(r));
          return new Reply(file, r.cases().stream().map(SimilarCaseReport.Entry::id).toList());
        }).withResponseType(DocxReportWriter.MEDIA_TYPE));
  }

  static SimilarCaseReport report(XiezhiServices s, JsonNode body, Instant now) {
    Instant searched = now;
    String at = Bodies.text(body, "searchedAt");
    if (at != null) {
      try {
        searched = Instant.parse(at);
      } catch (DateTimeParseException e) {
        throw Problem.badRequest("/searchedAt", "must be an ISO 8601 instant such as 2024-05-06T08:30:00Z");
      }
      if (searched.isAfter(now.plusSeconds(300))) {
        throw Problem.badRequest("/searchedAt", "must not be in the future");
      }
    }
    List<SimilarCaseReport.Entry> entries = new ArrayList<>();
    int i = 0;
    for (JsonNode item : body.get("cases")) {
      String pointer = "/cases/" + i++;
      String finding = item.hasNonNull("similarity") ? item.get("similarity").textValue() : FINDINGS.get(0);
      if (!FINDINGS.contains(finding)) {
        throw Problem.badRequest(pointer + "/similarity", "must be one of " + String.join(", ", FINDINGS));
      }
      String id = Bodies.text(item, "id");
      CaseRecord c = s.cases().get(id).orElseThrow(() -> Problem.badRequest(pointer + "/id", "no case with this id"));
      List<String> sentences = new ArrayList<>();
      for (Defendant d : c.defendants()) {
        sentences.add((d.name() == null ? "" : d.name() + "：") + SentenceWords.of(d.sentence()));
      }
      entries.add(new SimilarCaseReport.Entry(c.id(), c.title(), c.court(), c.date(), c.caseNumber(), "demo".equals(c.source()),
          c.charges(), c.articles(), sentences, Bodies.text(item, "keyPoints"), finding, Bodies.text(item, "note")));
    }
    String scope = "獬豸法律知识与模型中心案例库，共 " + s.cases().size() + " 件裁判文书"
        + (entries.stream().anyMatch(SimilarCaseReport.Entry::demo) ? "（含项目自编示例判决，已标注“示例”）" : "")
        + "；法条 " + s.statutes().size() + " 条"
        + (Bodies.text(body, "scope") == null ? "" : "；检索人限定：" + Bodies.text(body, "scope"));
    String terms = "“" + Bodies.text(body, "query") + "”；关键词与案情描述检索"
        + (s.embedder() == null ? "" : "（关键词与语义向量混合排序）");
    List<String> versions = new ArrayList<>();
    versions.add(s.embedder() == null ? "检索方式：关键词检索（未加载语义模型）" : "语义向量模型：" + s.embedder().modelId());
    String model = s.prediction().activeVersion();
    versions.add("罪名与刑期模型：" + (model == null ? "未加载" : model));
    String conclusion = Bodies.text(body, "conclusion");
    if (conclusion == null) {
      long similar = entries.stream().filter(e -> !e.similarity().equals("不类似")).count();
      conclusion = "经检索，所列 " + entries.size() + " 件案例中 " + similar + " 件与待决案件类似或部分类似，"
          + "其基本案情和法律适用方面的异同如上所列，供合议庭或审判委员会参考。";
    }
    return new SimilarCaseReport(Bodies.text(body, "searcher"), WHEN.format(searched), scope, terms,
        Bodies.text(body, "pendingCase"), entries, conclusion, versions, WHEN.format(now));
  }
}
