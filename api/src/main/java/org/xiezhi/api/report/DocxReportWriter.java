package org.xiezhi.api.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.xiezhi.api.server.PersonalDataGuard;

/** Writes a {@link SimilarCaseReport} as a Word document (.docx, Office Open XML) with Apache POI. */
public final class DocxReportWriter {
  /** The media type of the document written. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String FONT = "宋体";
  private static final String TITLE_FONT = "黑体";

  private DocxReportWriter() {}

  /** The document's bytes. */
  public static byte[] write(SimilarCaseReport r) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle("类案检索报告");
      doc.getProperties().getCoreProperties().setCreator(r.searcher());
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, "类案检索报告", TITLE_FONT, 18, true);

      heading(doc, "一、检索基本情况");
      XWPFTable head = doc.createTable(0, 2);
      head.setWidth("100%");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"检索人", r.searcher()});
      rows.add(new String[] {"检索时间", r.searchedAt()});
      rows.add(new String[] {"检索平台与范围", r.scope()});
      rows.add(new String[] {"检索词与方法", r.terms()});
      if (r.pendingCase() != null) {
        rows.add(new String[] {"待决案件", r.pendingCase()});
      }
      rows.add(new String[] {"模型版本", String.join("；", r.modelVersions())});
      for (String[] kv : rows) {
        XWPFTableRow row = head.createRow();
        row.addNewTableCell();
        cell(row, 0, kv[0], true);
        cell(row, 1, kv[1], false);
      }

      heading(doc, "二、检索到的类案（" + r.cases().size() + " 件）");
      int n = 0;
      for (SimilarCaseReport.Entry e : r.cases()) {
        n++;
        XWPFParagraph p = doc.createParagraph();
        run(p, n + ". " + (e.demo() ? "【示例】" : "") + (e.title() == null ? e.id() : e.title()), FONT, 12, true);
        line(doc, "法院与案号：" + orUnstated(e.court()) + "；" + orUnstated(e.caseNumber()) + "；裁判日期 " + orUnstated(e.date())
            + "（编号 " + e.id() + "）");
        line(doc, "裁判要点：罪名 " + joined(e.charges()) + "；适用法条 " + joined(e.articles()) + "；判处 " + joined(e.sentences())
            + (e.keyPoints() == null ? "" : "；" + e.keyPoints()));
        line(doc, "与待决案件：" + e.similarity() + "。理由：" + (e.note() == null ? "（未填写理由）" : e.note()));
      }

      heading(doc, "三、检索结论");
      line(doc, r.conclusion());
      line(doc, "类案检索结果仅供参考，不作为裁判依据。");
      XWPFParagraph end = doc.createParagraph();
      end.setAlignment(ParagraphAlignment.RIGHT);
      run(end, "报告生成时间：" + r.generatedAt(), FONT, 10, false);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(240);
    run(p, text, TITLE_FONT, 14, true);
  }

  private static void line(XWPFDocument doc, String text) {
    run(doc.createParagraph(), text, FONT, 11, false);
  }

  private static void cell(XWPFTableRow row, int i, String text, boolean bold) {
    XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
    run(p, text == null ? "—" : text, FONT, 11, bold);
  }

  private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
    XWPFRun r = p.createRun();
    // as every JSON answer of the service: identity card, mobile and bank card numbers never leave it
    r.setText(PersonalDataGuard.scrub(text));
    r.setBold(bold);
    r.setFontSize(size);
    r.setFontFamily(font);
    r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? "未载明" : String.join("、", values);
  }

  private static String orUnstated(String s) {
    return s == null || s.isBlank() ? "未载明" : s;
  }
}
