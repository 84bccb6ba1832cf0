package org.xiezhi.corpus.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.PenaltyRange;
import org.xiezhi.corpus.model.Sentence;

/** Fictional provisions written in the statute's form. */
class PenaltyParserTest {
  @Test
  void readsTiersWithDefaultsConditionsAndFines() {
    List<PenaltyRange> t = PenaltyParser.parse(
        "擅自捕捉萤火虫，数量较大的，处二年以下有期徒刑、拘役或者管制，并处或者单处罚金；"
            + "数量巨大的，处二年以上八年以下有期徒刑，并处罚金；情节特别严重的，处八年以上有期徒刑，可以并处没收财产。");
    assertEquals(3, t.size());
    assertEquals(List.of(Sentence.IMPRISONMENT, Sentence.DETENTION, Sentence.SURVEILLANCE), t.get(0).types());
    assertEquals(1, t.get(0).minMonths());
    assertEquals(24, t.get(0).maxMonths());
    assertEquals(PenaltyParser.FINE_ALTERNATIVE, t.get(0).fine());
    assertEquals("擅自捕捉萤火虫，数量较大的", t.get(0).condition());
    assertEquals(24, t.get(1).minMonths());
    assertEquals(96, t.get(1).maxMonths());
    assertEquals(PenaltyParser.FINE_MANDATORY, t.get(1).fine());
    assertEquals(96, t.get(2).minMonths());
    assertEquals(180, t.get(2).maxMonths()); // open upper bound: art. 45
    assertEquals(PenaltyParser.FINE_NONE, t.get(2).fine());
    assertTrue(t.get(2).confiscation());
  }

  @Test
  void surveillanceAloneAndLifeOrDeathHaveTheirOwnBounds() {
    PenaltyRange s = PenaltyParser.parse("情节轻微的，处管制。").get(0);
    assertEquals(3, s.minMonths());
    assertEquals(24, s.maxMonths());
    PenaltyRange d = PenaltyParser.parse("致人死亡的，处无期徒刑或者死刑，并处没收财产。").get(0);
    assertEquals(List.of(Sentence.LIFE, Sentence.DEATH), d.types());
    assertNull(d.minMonths());
    assertNull(d.maxMonths());
    PenaltyRange fixed = PenaltyParser.parse("处十五年有期徒刑或者无期徒刑。").get(0);
    assertEquals(180, fixed.minMonths());
    assertEquals(180, fixed.maxMonths());
    PenaltyRange optional = PenaltyParser.parse("处三年以下有期徒刑，可以并处罚金。").get(0);
    assertEquals(PenaltyParser.FINE_OPTIONAL, optional.fine());
    PenaltyRange orFine = PenaltyParser.parse("处一年以下有期徒刑、拘役或者罚金。").get(0);
    assertEquals(PenaltyParser.FINE_ALTERNATIVE, orFine.fine());
    assertEquals(1, orFine.minMonths());
  }

  @Test
  void referencesAndConditionsAreNotTiers() {
    assertTrue(PenaltyParser.parse("依照前款的规定处罚。").isEmpty());
    assertTrue(PenaltyParser.parse("应当减轻或者免除处罚。").isEmpty());
    assertTrue(PenaltyParser.parse("对被判处死刑缓期执行的累犯，可以限制减刑。").isEmpty());
    assertTrue(PenaltyParser.parse("被判处三年以下有期徒刑没有现实危险宣告缓刑的，可以戴罪立功。").isEmpty());
    assertTrue(PenaltyParser.parse("").isEmpty());
    assertTrue(PenaltyParser.parse(null).isEmpty());
  }

  @Test
  void unitFineIsAFineOnlyTier() {
    PenaltyRange f = PenaltyParser.parse("单位犯前款罪的，对单位判处罚金，并对其直接责任人员，依照前款的规定处罚。").get(0);
    assertEquals(List.of(Sentence.FINE_ONLY), f.types());
    assertEquals("单位犯前款罪的，对单位", f.condition());
  }

  @Test
  void randomTextNeverThrowsAndTiersAreWellFormed() {
    String alphabet = "处以上下年个月有期徒刑拘役管制无期死刑罚金并单可以或者没收财产，；。、的一二三十五";
    Random random = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (PenaltyRange p : PenaltyParser.parse(b.toString())) {
        assertFalse(p.types().isEmpty(), b.toString());
        if (p.minMonths() != null) {
          assertTrue(p.minMonths() <= p.maxMonths() || p.maxMonths() < 6, b.toString());
        }
      }
    }
  }
}
