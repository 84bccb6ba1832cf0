package org.xiezhi.api.baseline;

import java.util.List;

/**
 * Key legal elements and sentencing circumstances whose presence in two fact descriptions makes
 * the cases alike in law, not only in wording; used to explain similar cases.
 */
final class LegalElements {
  private LegalElements() {}

  static final List<String> TERMS = List.of(
      "秘密窃取", "窃得", "多次", "入户", "扒窃", "携带凶器", "数额较大", "数额巨大", "虚构", "隐瞒真相", "骗取", "骗得",
      "持刀", "威胁", "劫得", "当场", "轻伤", "重伤", "轻微伤", "死亡", "醉酒", "乙醇含量", "驾驶", "交通事故", "主要责任",
      "全部责任", "毒品", "甲基苯丙胺", "海洛因", "贩卖", "殴打", "随意殴打", "毁损", "公共场所", "赌场", "抽头", "赌资",
      "吸收资金", "不特定对象", "承诺", "职务便利", "侵占", "信用卡", "透支", "催收", "收购", "赃物", "犯罪所得",
      "银行卡", "支付结算", "电信网络诈骗", "自首", "坦白", "如实供述", "谅解", "赔偿", "退赔", "认罪认罚", "累犯", "未遂");

  static List<String> present(String text) {
    return text == null ? List.of() : TERMS.stream().filter(text::contains).toList();
  }
}
