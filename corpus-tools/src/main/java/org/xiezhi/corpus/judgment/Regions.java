package org.xiezhi.corpus.judgment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 31 provincial-level regions of mainland China: full names and case-number abbreviations. */
final class Regions {
  private Regions() {}

  /** Full names, each with the short form that may open a court name (e.g. 广东 for 广东省). */
  static final List<String> PROVINCES =
      List.of(
          "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
          "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
          "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "内蒙古自治区", "广西壮族自治区",
          "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区");

  private static final Map<Character, String> ABBREVIATIONS = new LinkedHashMap<>();

  static {
    String abbr = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新";
    String[] full = {
      "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
      "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
      "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "内蒙古自治区", "广西壮族自治区",
      "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区"
    };
    for (int i = 0; i < abbr.length(); i++) {
      ABBREVIATIONS.put(abbr.charAt(i), full[i]);
    }
    ABBREVIATIONS.put('兵', "新疆维吾尔自治区");
  }

  private static final Pattern NEW_CASE_NUMBER = Pattern.compile("^[（(〔\\[]\\s*\\d{4}\\s*[）)〕\\]]\\s*(\\S)\\d");
  private static final Pattern OLD_CASE_NUMBER = Pattern.compile("^[（(〔\\[]\\s*\\d{4}\\s*[）)〕\\]]\\s*(\\S)");

  /** The province a name starts with (全称 or short form such as 广东, 内蒙古), or null. */
  static String leadingProvince(String name) {
    if (name == null) {
      return null;
    }
    for (String p : PROVINCES) {
      if (name.startsWith(p) || name.startsWith(shortForm(p))) {
        return p;
      }
    }
    return null;
  }

  /** The first province named anywhere in {@code text}, or null. */
  static String firstProvinceIn(String text) {
    if (text == null) {
      return null;
    }
    int best = Integer.MAX_VALUE;
    String found = null;
    for (String p : PROVINCES) {
      int i = text.indexOf(p);
      if (i >= 0 && i < best) {
        best = i;
        found = p;
      }
    }
    return found;
  }

  /**
   * The province given by a case number's abbreviation: reliable for the post-2016 form
   * {@code （2018）豫1625刑初577号}; the older form is used only when {@code allowOldForm}.
   */
  static String fromCaseNumber(String caseNumber, boolean allowOldForm) {
    if (caseNumber == null) {
      return null;
    }
    Matcher m = (allowOldForm ? OLD_CASE_NUMBER : NEW_CASE_NUMBER).matcher(caseNumber);
    if (!m.find()) {
      return null;
    }
    return ABBREVIATIONS.get(m.group(1).charAt(0));
  }

  static String shortForm(String province) {
    if (province.endsWith("自治区")) {
      String s = province.substring(0, province.length() - 3);
      return s.startsWith("内蒙古") ? "内蒙古" : s.substring(0, 2);
    }
    return province.substring(0, province.length() - 1);
  }
}
