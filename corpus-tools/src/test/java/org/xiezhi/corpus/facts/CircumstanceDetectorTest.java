package org.xiezhi.corpus.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CircumstanceDetectorTest {
  private final CircumstanceDetector d = new CircumstanceDetector();

  private List<String> codes(String text) {
    return d.detect(text).stream().map(Circumstance::code).toList();
  }

  @Test
  void findsCircumstancesWithTheirEvidence() {
    String f = "2021年3月5日，被告人张某某在某超市窃取手机一部，价值人民币2800元。案发后被告人主动投案，如实供述犯罪事实，退赔了被害人损失并取得谅解。";
    List<Circumstance> cs = d.detect(f);
    assertEquals(List.of("SURRENDER", "CONFESSION", "RESTITUTION", "FORGIVENESS"), cs.stream().map(Circumstance::code).toList());
    Circumstance s = cs.get(0);
    assertEquals("主动投案", f.substring(s.start(), s.end()));
    assertTrue(s.evidence().contains("主动投案"));
    assertTrue(s.allowsReduction());
  }

  @Test
  void surrenderWordedWithThePlaceItWasMadeAt() {
    String f = "案发后王某主动到公安机关投案，如实供述犯罪事实。";
    Circumstance s = d.detect(f).get(0);
    assertEquals("SURRENDER", s.code());
    assertEquals("主动到公安机关投案", f.substring(s.start(), s.end()));
    assertEquals(List.of("SURRENDER"), codes("被告人自动至派出所投案。"));
    assertEquals(List.of("SURRENDER"), codes("次日，被告人主动前往某某派出所投案。"));
    assertTrue(codes("被告人主动到现场，后逃离，民警于次日将其抓获。").isEmpty(), "no 投案 in the clause");
  }

  @Test
  void aggravatingAndNegated() {
    assertEquals(List.of("RECIDIVIST"), codes("被告人刑满释放后五年内再犯应当判处有期徒刑以上刑罚之罪，系累犯。"));
    assertTrue(codes("经查，被告人不构成自首。").isEmpty());
    // a finding the clause then calls wrong is not a finding
    assertTrue(codes("原判认定被告人李某构成累犯错误，本院予以纠正。").isEmpty());
    assertTrue(codes("原判认定李某构成累犯属适用法律错误，应依法更正。").isEmpty());
    assertTrue(codes("辩护人提出李某系自首的意见不能成立。").isEmpty());
    assertEquals(List.of("RECIDIVIST"), codes("原判认定李某构成累犯错误；但被告人王某系累犯，应当从重处罚。"),
        "the next clause's finding still counts");
    assertEquals(List.of("RECIDIVIST"), codes("被告人王某系累犯，错误地认为其行为不构成犯罪。"),
        "a 错误 after the clause ends does not reject it");
    assertEquals(List.of("ACCESSORY", "ATTEMPT"), codes("被告人在共同犯罪中起次要作用，因意志以外的原因未得逞，系犯罪未遂。").stream().sorted().toList());
  }

  @Test
  void emptyAndRandomInput() {
    assertTrue(d.detect("").isEmpty());
    assertTrue(d.detect(null).isEmpty());
    Random r = new Random(42);
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < r.nextInt(200); j++) {
        b.append((char) (0x4e00 + r.nextInt(0x9fa5 - 0x4e00)));
      }
      for (Circumstance c : d.detect(b.toString())) {
        assertTrue(c.start() >= 0 && c.end() <= b.length() && c.start() < c.end());
      }
    }
  }

  @Test
  void amounts() {
    assertEquals(2800, AmountExtractor.extract("窃取手机一部，价值人民币2800元。").yuan());
    assertEquals(53000, AmountExtractor.extract("先后三次窃取财物，价值1000元、2000元，共计价值人民币5.3万元。").yuan());
    assertEquals(30000, AmountExtractor.extract("骗取被害人三万元。").yuan());
    assertEquals(4500, AmountExtractor.extract("窃取现金1,500元，后又窃取价值3000元的手机").yuan());
    assertEquals(5000, AmountExtractor.extract("被告人以公开被害人隐私相威胁，索取人民币5000元。").yuan());
    assertEquals(20000, AmountExtractor.extract("先后两次勒索被害人现金共20000元").yuan());
    assertEquals(null, AmountExtractor.extract("被告人殴打被害人致其轻伤。"));
    assertEquals(null, AmountExtractor.extract(""));
  }
}
