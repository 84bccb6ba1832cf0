package org.xiezhi.eval.guideline;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The circumstances a court found, read from a judgment's reasoning by the wording courts use for a
 * finding (系自首, 具有坦白情节, 是累犯, 予以从轻处罚 …) rather than by any mention: the reference against
 * which the fact extraction is measured. A finding preceded by a negation (不构成自首) is not one.
 */
final class CourtFindings {
  private static final Map<String, Pattern> FINDINGS = Map.ofEntries(
      Map.entry("SURRENDER", p("(系|是|属于?|构成|成立|认定为?|具有|有)(自首|投案自首)|自首情节|视为自首|以自首论")),
      Map.entry("CONFESSION", p("(系|是|属于?|构成|具有|有)坦白|坦白情节|如实供述(自己的)?(犯罪事实|罪行)[^。；]{0,20}(从轻|减轻)")),
      Map.entry("MERITORIOUS", p("(系|是|属于?|构成|具有|有)(重大)?立功|立功表现|立功情节")),
      Map.entry("RECIDIVIST", p("(系|是|属于?|构成)累犯|累犯[，,]?(应当|依法)")),
      Map.entry("PLEA", p("认罪认罚")),
      Map.entry("RESTITUTION", p("退赃|退赔|退缴|退还[^。；]{0,8}(赃|被害人|财物|款)")),
      Map.entry("COMPENSATION", p("(积极|已|主动)?赔偿[^。；]{0,15}(损失|经济|医疗|费用)|赔偿了?被害人")),
      Map.entry("FORGIVENESS", p("(取得|获得|得到)[^。；]{0,12}谅解")),
      Map.entry("MINOR", p("(系|是|属于?)未成年人|未成年人犯罪|已满十[四六]周岁不满十八周岁")),
      Map.entry("ACCESSORY", p("(系|是|属于?|认定为?)从犯|起(次要|辅助)作用")),
      Map.entry("ATTEMPT", p("(系|是|属于?)(犯罪)?未遂|未遂犯|未得逞")),
      Map.entry("PRIOR_RECORD", p("(有|具有)[^。；]{0,6}前科|前科劣迹")),
      Map.entry("COURT_ADMISSION", p("当庭(自愿)?认罪")));

  private static Pattern p(String regex) {
    return Pattern.compile(regex);
  }

  private CourtFindings() {}

  /** The codes (as the fact extraction names them) of the circumstances found in {@code reasoning}. */
  static Set<String> of(String reasoning) {
    Set<String> out = new LinkedHashSet<>();
    if (reasoning == null) {
      return out;
    }
    for (var e : FINDINGS.entrySet()) {
      var m = e.getValue().matcher(reasoning);
      while (m.find()) {
        String before = reasoning.substring(Math.max(0, m.start() - 8), m.start());
        if (!before.matches(".*(不构成|不属于|不能认定|不予认定|不具有|没有|无|不成立|不应认定|辩护人[^，]{0,4}提出|辩称|未)[^，。；]{0,4}$")) {
          out.add(e.getKey());
          break;
        }
      }
    }
    return out;
  }

  static Set<String> codes() {
    return new java.util.TreeSet<>(FINDINGS.keySet());
  }

}
