package org.xiezhi.corpus.charge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.source.SharedData;

class ChargeCatalogueTest {
  private static ChargeCatalogue catalogue;

  private static synchronized ChargeCatalogue catalogue() {
    if (catalogue == null) {
      try {
        catalogue = ChargeCatalogue.build(SharedData.require("laws"),
            SharedData.require("cail2018/accu.txt"), SharedData.require("lecard/criminal_charges.txt"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return catalogue;
  }

  private static ChargeEntry get(String name) {
    return catalogue().lookup(name).orElseThrow(() -> new AssertionError("no charge " + name));
  }

  @Test
  void everyCailNameMapsToACatalogueChargeWithArticles() throws IOException {
    List<String> cail = Files.readAllLines(SharedData.require("cail2018/accu.txt"), StandardCharsets.UTF_8)
        .stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    assertEquals(202, cail.size());
    for (String n : cail) {
      ChargeEntry e = get(n);
      assertFalse(e.articles().isEmpty(), n + " → " + e.name() + " has no article");
      assertTrue(e.articles().stream().allMatch(a -> a.matches("刑法第\\d+条(之[一二三四五六七八九十]+)?")), e.toString());
    }
    assertTrue(catalogue().unmappedCail().isEmpty(), catalogue().unmappedCail().toString());
  }

  @Test
  void lecardNamesMapAndTheUnmappedAreListed() throws IOException {
    List<String> lecard = Files.readAllLines(SharedData.require("lecard/criminal_charges.txt"), StandardCharsets.UTF_8)
        .stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    assertEquals(469, lecard.size());
    long mapped = lecard.stream().filter(n -> catalogue().lookup(n).isPresent()).count();
    System.out.printf("LeCaRD names mapped: %d/%d; unmapped: %s%n", mapped, lecard.size(),
        catalogue().unmappedLecard());
    assertEquals(lecard.size() - mapped, catalogue().unmappedLecard().size());
    assertTrue(catalogue().unmappedLecard().isEmpty(), catalogue().unmappedLecard().toString());
    // 侮辱国歌罪 is in no charge-name document: 修正案（十） extended art. 299 to the anthem and the
    // 2021 supplement named the charge 侮辱国旗、国徽、国歌罪; the one hand-written alias.
    assertEquals("侮辱国旗、国徽、国歌罪", get("侮辱国歌罪").name());
  }

  @Test
  void supplementsAreAppliedInOrderKeepingFormerNames() {
    ChargeEntry drunk = get("危险驾驶");
    assertEquals("危险驾驶罪", drunk.name());
    assertEquals(List.of("刑法第133条之一"), drunk.articles());
    ChargeEntry tax = get("偷税罪");
    assertEquals("逃税罪", tax.name());
    assertTrue(tax.formerNames().contains("偷税罪"));
    // merged (补充规定（六）): two former charges, one current.
    ChargeEntry info = get("非法获取公民个人信息");
    assertEquals("侵犯公民个人信息罪", info.name());
    assertTrue(info.formerNames().containsAll(List.of("出售、非法提供公民个人信息罪", "非法获取公民个人信息罪")));
    // renamed twice: 投毒罪 (1997) → 投放危险物质罪 (2002).
    assertEquals("投放危险物质罪", get("投毒罪").name());
    // 2002 without 取消: the old name is replaced when the provisions are the same.
    ChargeEntry guns = get("盗窃、抢夺枪支、弹药、爆炸物");
    assertEquals("盗窃、抢夺枪支、弹药、爆炸物、危险物质罪", guns.name());
    assertEquals(List.of("刑法第127条第1款", "刑法第127条第2款"), guns.provisions());
    // 款 renumbered by amendments, no supplement restated them.
    assertEquals(List.of("刑法第294条第3款"), get("包庇、纵容黑社会性质组织罪").provisions());
    assertEquals(List.of("刑法第358条第4款"), get("协助组织卖淫罪").provisions());
    // two charges of one row (补充规定（二）), not a rename.
    assertEquals("执行判决、裁定失职罪", get("执行判决、裁定失职罪").name());
    assertEquals("执行判决、裁定滥用职权罪", get("执行判决、裁定滥用职权罪").name());
    // renamed through three documents: 2002, 2007.
    ChargeEntry market = get("操纵证券交易价格罪");
    assertEquals("操纵证券、期货市场罪", market.name());
    // 补充规定（八） (2024), a sentence rather than a table.
    ChargeEntry assets = get("徇私舞弊低价折股、出售国有资产罪");
    assertEquals("徇私舞弊低价折股、出售公司、企业资产罪", assets.name());
    assertEquals(List.of("刑法第169条"), assets.articles());
    // abolished (补充规定（六）), still found, marked by its source.
    ChargeEntry abolished = get("嫖宿幼女罪");
    assertTrue(abolished.source().startsWith("取消"), abolished.source());
    // misprint 剌探 in the 1997 opinion is read as 刺探, both spellings found.
    assertEquals(get("为境外窃取、剌探、收买、非法提供军事秘密罪"), get("为境外窃取、刺探、收买、非法提供军事秘密罪"));
    assertEquals("伪造、变造国家有价证券罪", get("伪造变造国家有价证券罪").name());
    assertEquals(List.of("刑法第431条第2款"), get("为境外窃取、刺探、收买、非法提供军事秘密罪").provisions());
  }

  @Test
  void lookupAcceptsEverySpelling() {
    assertEquals(get("盗窃罪"), get("盗窃"));
    assertEquals(get("盗窃罪"), get(" 盗窃 罪 "));
    assertEquals(List.of("刑法第264条"), get("盗窃").articles());
    assertEquals("盗窃", get("盗窃").cailName());
    assertEquals("盗窃罪", get("盗窃").lecardName());
    assertEquals(get("隐匿、故意销毁会计凭证、会计账簿、财务会计报告罪"),
        get("隐匿、故意销毁会计凭证、会计帐簿、财务会计报告"));
    assertTrue(catalogue().lookup("不存在的罪名").isEmpty());
    assertTrue(catalogue().lookup("").isEmpty());
    assertTrue(catalogue().lookup(null).isEmpty());
  }

  @Test
  void groupLabelsResolveToTheChargesOfTheirSection() {
    ChargeEntry smuggling = get("走私");
    assertTrue(smuggling.source().startsWith("group: 走私罪"), smuggling.source());
    assertTrue(smuggling.articles().containsAll(List.of("刑法第151条", "刑法第152条", "刑法第153条")));
    ChargeEntry prostitution = get("组织、强迫、引诱、容留、介绍卖淫");
    assertTrue(prostitution.articles().containsAll(List.of("刑法第358条", "刑法第359条")));
    assertTrue(get("制造、贩卖、传播淫秽物品").articles().contains("刑法第363条"));
  }

  @Test
  void countsAfterEachDocumentAreRecorded() {
    Map<String, Integer> counts = catalogue().countsAfterEachDocument();
    assertEquals(9, counts.size());
    assertEquals(414, counts.values().iterator().next());
    int last = counts.values().stream().reduce((a, b) -> b).orElseThrow();
    long current = catalogue().entries().stream()
        .filter(e -> !e.source().startsWith("取消") && !e.source().startsWith("group")).count();
    assertEquals(last, current);
    // The published totals after the 2011, 2015 and 2021 supplements: 451, 468, 483.
    List<Integer> values = List.copyOf(counts.values());
    assertEquals(451, values.get(5));
    assertEquals(468, values.get(6));
    assertEquals(483, values.get(7));
    assertEquals(483, last);
    System.out.printf("charges: %s; entries %d%n", counts.values(), catalogue().entries().size());
  }
}
