package org.xiezhi.advisor;

import java.util.List;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.model.PenaltyRange;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.model.StatuteClause;

/**
 * A small statute book written by hand for unit tests: the tiers of 盗窃罪 (art. 264), 故意伤害罪
 * (art. 234) and 危险驾驶罪 (art. 133-1) as the Criminal Law states them, and the general article 67.
 */
final class TestStatutes {
  private TestStatutes() {}

  static final List<String> FIXED = List.of(Sentence.IMPRISONMENT, Sentence.DETENTION, Sentence.SURVEILLANCE);

  static StatuteBook book() {
    StatuteArticle theft = article(264, 0, "刑法第264条", "刑法修正案（八）",
        new StatuteClause(1, "盗窃公私财物，数额较大的……", List.of(), List.of(
            new PenaltyRange(FIXED, null, 36, "alternative", false, "数额较大的", "三年以下有期徒刑、拘役或者管制，并处或者单处罚金"),
            new PenaltyRange(List.of(Sentence.IMPRISONMENT), 36, 120, "mandatory", false, "数额巨大", "三年以上十年以下有期徒刑，并处罚金"),
            new PenaltyRange(List.of(Sentence.IMPRISONMENT, Sentence.LIFE), 120, null, "mandatory", true, "数额特别巨大", "十年以上有期徒刑或者无期徒刑，并处罚金或者没收财产"))));
    StatuteArticle injury = article(234, 0, "刑法第234条", null,
        new StatuteClause(1, "故意伤害他人身体的……", List.of(), List.of(
            new PenaltyRange(FIXED, null, 36, "none", false, null, "三年以下有期徒刑、拘役或者管制"))),
        new StatuteClause(2, "致人重伤的……", List.of(), List.of(
            new PenaltyRange(List.of(Sentence.IMPRISONMENT), 36, 120, "none", false, "致人重伤的", "三年以上十年以下有期徒刑"),
            new PenaltyRange(List.of(Sentence.IMPRISONMENT, Sentence.LIFE, Sentence.DEATH), 120, null, "none", false, "致人死亡", "十年以上有期徒刑、无期徒刑或者死刑"))));
    StatuteArticle drunk = article(133, 1, "刑法第133条之一", "刑法修正案（十一）",
        new StatuteClause(1, "在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金", List.of("醉酒驾驶机动车的"), List.of(
            new PenaltyRange(List.of(Sentence.DETENTION), null, null, "mandatory", false, null, "拘役，并处罚金"))));
    StatuteArticle surrender = article(67, 0, "刑法第67条", null,
        new StatuteClause(1, "犯罪以后自动投案，如实供述自己的罪行的，是自首。", List.of(), List.of()));
    return new StatuteBook(
        List.of(theft, injury, drunk, surrender),
        List.of(
            new ChargeEntry("盗窃罪", List.of("刑法第264条"), List.of(), List.of(), "盗窃", "盗窃罪", "test"),
            new ChargeEntry("故意伤害罪", List.of("刑法第234条"), List.of(), List.of(), "故意伤害", "故意伤害罪", "test"),
            new ChargeEntry("危险驾驶罪", List.of("刑法第133条之一"), List.of(), List.of(), "危险驾驶", "危险驾驶罪", "test")));
  }

  private static StatuteArticle article(int n, int suffix, String label, String amendedBy, StatuteClause... clauses) {
    return new StatuteArticle("刑法:" + n + (suffix > 0 ? "-" + suffix : ""), "刑法", "law", n, suffix, label,
        null, null, null, clauses[0].text(), List.of(clauses), amendedBy, null);
  }
}
