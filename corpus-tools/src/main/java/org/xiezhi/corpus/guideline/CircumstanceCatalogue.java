package org.xiezhi.corpus.guideline;

import java.util.List;

/**
 * Names the guideline's common circumstances by the words their paragraphs open with, and holds
 * what the guideline leaves to the Criminal Law: which of them may bring the sentence below the
 * tier's minimum (减轻处罚) and under which article.
 */
final class CircumstanceCatalogue {
  private CircumstanceCatalogue() {}

  /** One entry: the opening keyword, code, name, the word that marks it in 二（二）2, and the law. */
  record Entry(String keyword, String code, String name, String orderWord, boolean belowMinimum, String basis) {}

  /** In matching order: 犯罪对象为未成年人 must be tried before 未成年人. */
  static final List<Entry> ENTRIES =
      List.of(
          new Entry("犯罪对象为", "VULNERABLE_VICTIM", "犯罪对象为弱势人员", null, false, null),
          new Entry("未成年人", "MINOR", "未成年人犯罪", "未成年人", true, "刑法第17条"),
          new Entry("老年人", "ELDERLY", "老年人犯罪", "老年人", true, "刑法第17条之一"),
          new Entry("又聋又哑", "DEAF_BLIND", "又聋又哑的人或者盲人犯罪", "又聋又哑", true, "刑法第19条"),
          new Entry("未遂", "ATTEMPT", "犯罪未遂", "未遂", true, "刑法第23条"),
          new Entry("从犯", "ACCESSORY", "从犯", "从犯", true, "刑法第27条"),
          new Entry("自首", "SURRENDER", "自首", null, true, "刑法第67条第1款"),
          new Entry("坦白", "CONFESSION", "坦白", null, false, "刑法第67条第3款"),
          new Entry("当庭自愿认罪", "COURT_ADMISSION", "当庭自愿认罪", null, false, null),
          new Entry("立功", "MERITORIOUS", "立功", null, true, "刑法第68条"),
          new Entry("退赃", "RESTITUTION", "退赃退赔", null, false, null),
          new Entry("赔偿", "COMPENSATION", "赔偿谅解", null, false, null),
          new Entry("刑事和解", "RECONCILIATION", "刑事和解", null, false, "刑事诉讼法第288条"),
          new Entry("羁押期间", "CUSTODY_CONDUCT", "羁押期间表现好", null, false, null),
          new Entry("认罪认罚", "PLEA", "认罪认罚", null, false, "刑事诉讼法第15条"),
          new Entry("累犯", "RECIDIVIST", "累犯", null, false, "刑法第65条"),
          new Entry("前科", "PRIOR_RECORD", "前科", null, false, null),
          new Entry("灾害", "DISASTER_PERIOD", "灾害期间故意犯罪", null, false, null));

  /** The entry whose keyword the paragraph's opening (up to its first comma) holds, or null. */
  static Entry of(String paragraph) {
    int comma = paragraph.indexOf('，');
    String lead = comma > 0 ? paragraph.substring(0, comma) : paragraph;
    for (Entry e : ENTRIES) {
      if (lead.contains(e.keyword())) {
        return e;
      }
    }
    return null;
  }
}
