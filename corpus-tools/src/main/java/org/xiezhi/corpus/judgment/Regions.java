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

  /** Cities that open court names without their province (capitals and large cities). */
  private static final Map<String, String> CITIES = new LinkedHashMap<>();

  static {
    String[][] cities = {
      {"石家庄", "河北省"}, {"唐山", "河北省"}, {"保定", "河北省"}, {"太原", "山西省"}, {"呼和浩特", "内蒙古自治区"},
      {"包头", "内蒙古自治区"}, {"沈阳", "辽宁省"}, {"大连", "辽宁省"}, {"长春", "吉林省"}, {"哈尔滨", "黑龙江省"},
      {"南京", "江苏省"}, {"苏州", "江苏省"}, {"无锡", "江苏省"}, {"常州", "江苏省"}, {"徐州", "江苏省"},
      {"南通", "江苏省"}, {"杭州", "浙江省"}, {"宁波", "浙江省"}, {"温州", "浙江省"}, {"绍兴", "浙江省"},
      {"金华", "浙江省"}, {"台州", "浙江省"}, {"嘉兴", "浙江省"}, {"湖州", "浙江省"}, {"合肥", "安徽省"},
      {"芜湖", "安徽省"}, {"福州", "福建省"}, {"厦门", "福建省"}, {"泉州", "福建省"}, {"南昌", "江西省"},
      {"济南", "山东省"}, {"青岛", "山东省"}, {"烟台", "山东省"}, {"郑州", "河南省"}, {"洛阳", "河南省"},
      {"武汉", "湖北省"}, {"长沙", "湖南省"}, {"广州", "广东省"}, {"深圳", "广东省"}, {"东莞", "广东省"},
      {"佛山", "广东省"}, {"珠海", "广东省"}, {"南宁", "广西壮族自治区"}, {"海口", "海南省"}, {"三亚", "海南省"},
      {"成都", "四川省"}, {"贵阳", "贵州省"}, {"昆明", "云南省"}, {"拉萨", "西藏自治区"}, {"西安", "陕西省"},
      {"兰州", "甘肃省"}, {"西宁", "青海省"}, {"银川", "宁夏回族自治区"}, {"乌鲁木齐", "新疆维吾尔自治区"}
    };
    for (String[] c : cities) {
      CITIES.put(c[0], c[1]);
    }
  }

  /** The province of a court name that opens with a large city (沈阳, 杭州 …), or null. */
  static String fromLeadingCity(String name) {
    if (name == null) {
      return null;
    }
    for (Map.Entry<String, String> e : CITIES.entrySet()) {
      if (name.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private static final Pattern NEW_CASE_NUMBER = Pattern.compile("^[（(〔\\[]\\s*\\d{4}\\s*[）)〕\\]]\\s*(\\S)\\d");

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

  /** The province given by the abbreviation of a post-2016 case number ({@code （2018）豫1625刑初577号}). */
  static String fromCaseNumber(String caseNumber) {
    if (caseNumber == null) {
      return null;
    }
    Matcher m = NEW_CASE_NUMBER.matcher(caseNumber);
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
