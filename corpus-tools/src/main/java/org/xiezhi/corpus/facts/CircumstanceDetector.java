package org.xiezhi.corpus.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentencing circumstances (自首, 坦白, 立功, 累犯, 认罪认罚, 退赃退赔, 赔偿, 取得谅解, 未成年, 从犯, 未遂,
 * 中止, 当庭自愿认罪, 前科, …)
 * in a fact description or judgment text by rules over the standard wording of judgments.
 *
 * <p>A negated mention (不构成自首, 不属于累犯) or one the clause calls wrong (原判认定构成累犯错误) is not
 * reported.
 */
public final class CircumstanceDetector {

  private record Rule(String code, String name, String effect, boolean reduction, Pattern pattern) {}

  private static final Pattern NEGATION =
      Pattern.compile("(不构成|不属于|不能认定|不认定|不应认定|不予认定|不具有|没有|无|不成立|不符合|不系|并非|未能|未|尚未)[^，。；]{0,6}$");

  private static final List<Rule> RULES =
      List.of(
          rule("SURRENDER", "自首", "mitigating", true, "自首|投案自首|(主动|自动)(到|至|前往|向)[^，。；]{0,12}?投案|主动投案|自动投案"),
          rule("CONFESSION", "坦白", "mitigating", false, "坦白|如实供述"),
          rule("MERITORIOUS", "立功", "mitigating", true, "立功|检举揭发|协助公安机关抓获"),
          rule("RECIDIVIST", "累犯", "aggravating", false, "累犯"),
          rule("PLEA", "认罪认罚", "mitigating", false, "认罪认罚"),
          rule("COURT_ADMISSION", "当庭自愿认罪", "mitigating", false, "当庭自愿认罪|当庭认罪"),
          rule("RESTITUTION", "退赃退赔", "mitigating", false, "退赃|退赔|退还[^，。]{0,8}(赃|被害人|财物|款)|退缴"),
          rule("COMPENSATION", "赔偿", "mitigating", false,
              "积极赔偿|已赔偿|赔偿了?(被害人|被害方|对方|死者|家属|近亲属)|赔偿[^，。；]{0,12}(损失|经济|医疗|费用|款)"),
          rule("FORGIVENESS", "取得谅解", "mitigating", false, "谅解"),
          rule("MINOR", "未成年", "mitigating", true, "未成年|不满十八周岁|未满十八周岁|已满十[四六]周岁不满十八周岁"),
          rule("ACCESSORY", "从犯", "mitigating", true, "从犯|起次要作用|起辅助作用"),
          rule("ATTEMPT", "未遂", "mitigating", true, "未遂|意志以外的原因未得逞"),
          rule("ABANDONMENT", "中止", "mitigating", true, "犯罪中止|中止犯罪|自动放弃犯罪"),
          rule("FIRST_OFFENCE", "初犯", "mitigating", false, "初犯|偶犯"),
          rule("PRIOR_RECORD", "前科", "aggravating", false, "前科|曾因[^，。]{0,20}被判处"),
          rule("REDUCTION", "减轻处罚", "mitigating", true, "减轻处罚"),
          rule("ELDERLY", "已满七十五周岁", "mitigating", true, "已满七十五周岁"));

  private static Rule rule(String code, String name, String effect, boolean reduction, String regex) {
    return new Rule(code, name, effect, reduction, Pattern.compile(regex));
  }

  /** Every circumstance found in {@code text}, each once (its first non-negated mention). */
  public List<Circumstance> detect(String text) {
    List<Circumstance> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        if (negated(text, m.start(), m.end())) {
          continue;
        }
        out.add(
            new Circumstance(
                r.code(), r.name(), r.effect(), r.reduction(), sentenceAround(text, m.start(), m.end()),
                m.start(), m.end()));
        break;
      }
    }
    return out;
  }

  /** A mention the same clause then calls wrong: 原判认定构成累犯错误, 系自首的意见不能成立. */
  private static final Pattern REJECTED_AFTER =
      Pattern.compile("^[^，。；,;]{0,8}?(错误|不当|有误|不妥|不能成立|不成立)");

  private static boolean negated(String text, int start, int end) {
    int from = Math.max(0, start - 10);
    return NEGATION.matcher(text.substring(from, start)).find()
        || REJECTED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14))).find();
  }

  /** The clause (between sentence punctuation) that contains [start, end). */
  public static String sentenceAround(String text, int start, int end) {
    int s = start;
    while (s > 0 && "。；;！!？?\n".indexOf(text.charAt(s - 1)) < 0 && start - s < 80) {
      s--;
    }
    int e = end;
    while (e < text.length() && "。；;！!？?\n".indexOf(text.charAt(e)) < 0 && e - end < 80) {
      e++;
    }
    return text.substring(s, e).trim();
  }
}
