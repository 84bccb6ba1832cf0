package org.xiezhi.corpus.mask;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds person names introduced by a procedural role (被害人X, 证人X、Y, 被告人X …) and reports
 * each with whether the rules require it masked. Names already masked (王某, 李×1, 陈某甲) are
 * skipped. The name's length (surname + one or two characters) is decided from the characters that
 * follow it and, when the name recurs, from how often the longer form recurs in the same text.
 */
final class NameLearner {

  /** What the role says about the person. */
  enum Role {
    /** Victim, witness, expert, legal representative, civil plaintiff: masked. */
    MASK,
    /** Defendant: kept, unless a minor. */
    DEFENDANT,
    /** Judge, prosecutor, lawyer, clerk: kept. */
    KEEP
  }

  private static final Pattern ROLE =
      Pattern.compile(
          "(附带民事诉讼原告人|附带民事原告人|法定代理人|被害人|受害人|死者|见证人|证人|鉴定人"
              + "|被告人|罪犯|上诉人|辩护人|律师|审判长|审判员|陪审员|书记员|检察员|检察官"
              + "|法官助理|诉讼代理人|委托代理人|代理人|公诉人|代理审判员|人民陪审员)"
              + "(?:之[父母妻夫子女兄姐弟妹]|的(?:父亲|母亲|妻子|丈夫|儿子|女儿))?"
              + "[：:]?");

  /** Characters that cannot begin a given name right after a role word. */
  private static final String NOT_GIVEN_START =
      "某×＊*XxＸ0123456789０１２３４５６７８９的系在等称说均都是为也所之于及与和向将被"
          + "对从因就亦还已并又即或而则供证陈述家亲人方员单位其该此他她们自本各甲乙丙丁戊己庚辛壬癸，。；：:、（）()“”\"' \u3000";

  /** Characters of {@link #NOT_GIVEN_START} that do begin given names (甲刚, 自强, 本林, 亦姜). */
  private static final String RARE_GIVEN_START = "甲乙丙丁自本亦";

  /** Characters that usually follow a name rather than belong to it. */
  private static final String NAME_FOLLOWER =
      "的在于系等将被向和与及称说证陈供家处是为也都又并因从到来去把对给让叫打拿用持驾开就还已"
          + "即遂后时所之父母妻夫子女儿哥姐弟妹报发看听经均则亦共先再曾未没不能会要想知认否"
          + "以、，。；：:（）()“”\"' \u3000某";

  /** Two-character words that look like surname + given name but are not names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "陈述", "证言", "证实", "供述", "家属", "亲属", "方面", "高度", "时年", "时任", "经过",
          "经营", "经鉴", "经查", "于是", "向其", "将其", "和其", "与其", "及其", "同意", "同时",
          "文化", "常住", "包括", "车辆", "车主", "华某", "单位", "曾经", "曾因", "曾在", "邓某",
          "戴某", "祝某", "马上", "明知", "明显", "安全", "平时", "全部", "全家", "金额", "钱款",
          "钱财", "费用", "海洛", "雷某", "毛某", "黄某", "宁某", "宋某", "申请", "解释", "解除",
          "原因", "原审", "原判", "原告", "原籍", "应当", "应该", "路上", "路边", "路过", "齐某",
          "连续", "连同", "欧某", "史某", "上官", "成年", "成都", "江某", "那里", "那个", "那天",
          "来到", "来源", "利用", "任某", "任何", "任职", "管理", "韩某", "计算", "相关", "相识",
          "初次", "门口", "门前", "国家", "平安", "关系", "关于", "居住", "居民", "居委", "司法",
          "宫某", "向某", "富某", "花费", "支付", "殷某", "危险", "东方", "伊斯", "阿某", "商店",
          "商量", "商场", "罗某", "庄某", "通过", "包某", "方某", "程某", "车上", "车内", "车牌", "信任", "信息", "信用", "阴道", "索要", "索取", "公司", "公安",
          "银行", "房间", "房屋", "房子", "全身", "衣服", "强行", "左臂", "左右", "左手", "左腿",
          "左大", "左侧", "钱包", "颜面", "相互", "云南", "应提", "宣传", "向法", "向公", "向被",
          "向证", "向他", "向她", "和辩", "和被", "和证", "衣裤", "符合", "和投", "和诈",
          "左额", "曾用", "相遇");

  private static final String ROLE_LAST_CHARS = "人者师长员官理";

  private NameLearner() {}

  /** Calls {@code sink} with each (name, role) introduced in {@code text}. */
  static void learn(String text, BiConsumer<String, Role> sink) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = ROLE.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int n = text.length();
    for (int at = 0; at < n; at++) {
      // The regex runs only where a role word can end: scanning every position is too slow.
      if (ROLE_LAST_CHARS.indexOf(text.charAt(at)) < 0) {
        continue;
      }
      m.region(Math.max(0, at - 9), Math.min(n, at + 8));
      boolean found = false;
      while (m.find()) {
        if (m.end(1) >= at + 1) {
          found = m.end(1) == at + 1;
          break;
        }
      }
      if (!found) {
        continue;
      }
      Role role = roleOf(m.group(1));
      int pos = m.end();
      while (pos < text.length()) {
        int end = nameEnd(text, pos, counts);
        if (end < 0) {
          break;
        }
        String name = text.substring(pos, end);
        if (!isMasked(text, pos)) {
          sink.accept(name, role);
        }
        pos = end;
        if (pos < text.length() && text.charAt(pos) == '、') {
          pos++;
        } else {
          break;
        }
      }
    }
  }

  private static Role roleOf(String word) {
    return switch (word) {
      case "被告人", "罪犯", "上诉人" -> Role.DEFENDANT;
      case "辩护人", "律师", "审判长", "审判员", "陪审员", "书记员", "检察员", "检察官", "法官助理",
          "诉讼代理人", "委托代理人", "代理人", "公诉人", "代理审判员", "人民陪审员" -> Role.KEEP;
      default -> Role.MASK;
    };
  }

  /** Whether the name at {@code pos} is already masked (surname followed by 某, × ...). */
  private static boolean isMasked(String text, int pos) {
    int sl = Surnames.surnameAt(text, pos);
    if (sl == 0 || pos + sl >= text.length()) {
      return true;
    }
    char c = text.charAt(pos + sl);
    return c == '某' || c == '×' || c == '＊' || c == '*' || c == 'X' || c == 'x' || c == 'Ｘ';
  }

  /**
   * End of the name (or masked name) starting at {@code pos}, or -1 when no name starts there.
   */
  static int nameEnd(String text, int pos, Map<String, Integer> counts) {
    int sl = Surnames.surnameAt(text, pos);
    if (sl == 0) {
      return -1;
    }
    int g = pos + sl;
    if (g >= text.length()) {
      return -1;
    }
    char c1 = text.charAt(g);
    if (isMaskChar(c1)) {
      int e = g + 1;
      while (e < text.length() && e < g + 4 && isMaskTail(text.charAt(e))) {
        e++;
      }
      return e;
    }
    if (isHan(c1) && RARE_GIVEN_START.indexOf(c1) >= 0 && g + 1 < text.length()) {
      // 谢甲刚, 王自强, 姚本林: a given name may begin with a character that usually is no name
      // (甲 of a pseudonym 李甲, 自 of 自首); a three-character form that recurs, nearly always
      // where its first two characters do, is a name
      char c2 = text.charAt(g + 1);
      int nLong = isHan(c2) && NAME_FOLLOWER.indexOf(c2) < 0 ? count(text, text.substring(pos, g + 2)) : 0;
      if (nLong >= 3 && nLong * 10 >= count(text, text.substring(pos, g + 1)) * 7) {
        return g + 2;
      }
    }
    if (!isHan(c1) || NOT_GIVEN_START.indexOf(c1) >= 0) {
      return -1;
    }
    if (sl == 1 && (c1 == text.charAt(pos) || NOT_NAMES.contains(text.substring(pos, g + 1)))) {
      return -1;
    }
    if (g + 1 >= text.length()) {
      return g + 1;
    }
    char c2 = text.charAt(g + 1);
    if (!isHan(c2) || NAME_FOLLOWER.indexOf(c2) >= 0) {
      return g + 1;
    }
    String shortName = text.substring(pos, g + 1);
    String longName = text.substring(pos, g + 2);
    int nShort = counts.computeIfAbsent(shortName, k -> count(text, k));
    if (nShort >= 2) {
      int nLong = counts.computeIfAbsent(longName, k -> count(text, k));
      return nLong * 10 >= nShort * 7 ? g + 2 : g + 1;
    }
    return g + 2;
  }

  private static boolean isMaskChar(char c) {
    return c == '某' || c == '×' || c == '＊' || c == '*' || c == 'X' || c == 'x' || c == 'Ｘ';
  }

  private static boolean isMaskTail(char c) {
    return isMaskChar(c) || "甲乙丙丁戊己庚辛壬癸".indexOf(c) >= 0 || (c >= '0' && c <= '9');
  }

  static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  /** Occurrences of {@code s} in {@code text}. */
  private static int count(String text, String s) {
    int n = 0;
    int i = text.indexOf(s);
    while (i >= 0) {
      n++;
      i = text.indexOf(s, i + s.length());
    }
    return n;
  }
}
