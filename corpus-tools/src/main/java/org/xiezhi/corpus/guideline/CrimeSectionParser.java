package org.xiezhi.corpus.guideline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one crime's section of a guideline into a {@link CrimeRule}. */
final class CrimeSectionParser {
  private static final Pattern ITEM = Pattern.compile("^([0-9]+)[.．](.*)$");
  private static final Pattern SUB = Pattern.compile("^（([0-9]+)）(.*)$");
  private static final Pattern FACTORS = Pattern.compile("根据(.+?)等(其他)?影响犯罪构成的犯罪事实增加刑罚量");

  private CrimeSectionParser() {}

  private record Item(String number, String text, List<String[]> subs, List<String> notes) {
    String full() {
      StringBuilder b = new StringBuilder(number + "." + text);
      for (String[] s : subs) {
        b.append('\n').append('（').append(s[0]).append('）').append(s[1]);
      }
      for (String n : notes) {
        b.append('\n').append(n);
      }
      return b.toString();
    }
  }

  static CrimeRule parse(String number, Sections.Section sec) {
    String base = sec.part() + "（" + sec.number() + "）";
    List<Item> items = new ArrayList<>();
    for (String line : sec.lines()) {
      Matcher i = ITEM.matcher(line);
      Matcher s = SUB.matcher(line);
      if (i.matches()) {
        items.add(new Item(i.group(1), i.group(2), new ArrayList<>(), new ArrayList<>()));
      } else if (s.matches() && !items.isEmpty()) {
        items.get(items.size() - 1).subs().add(new String[] {s.group(1), s.group(2)});
      } else if (!items.isEmpty()) {
        items.get(items.size() - 1).notes().add(line);
      }
    }
    List<StartingTier> tiers = new ArrayList<>();
    List<String> factors = new ArrayList<>();
    GuidelineSource increment = null;
    GuidelineSource fine = null;
    GuidelineSource probation = null;
    List<CrimeAdjustment> adjustments = new ArrayList<>();
    for (Item it : items) {
      String para = base + it.number();
      if (it.text().contains("增加刑罚量")) {
        Matcher f = FACTORS.matcher(it.text());
        if (f.find()) {
          for (String x : f.group(1).split("、|以及|或者")) {
            if (!x.isBlank()) {
              factors.add(x.strip());
            }
          }
        }
        increment = new GuidelineSource(number, para, it.full());
      } else if (it.text().contains("量刑起点") || it.text().contains("确定宣告刑")) {
        if (it.subs().isEmpty()) {
          addTiers(tiers, it.text(), para, number);
        }
        for (String[] s : it.subs()) {
          addTiers(tiers, s[1], para + "（" + s[0] + "）", number);
        }
        String lastSub = it.subs().isEmpty() ? "" : "（" + it.subs().get(0)[0] + "）";
        for (String n : it.notes()) {
          addTiers(tiers, n, para + lastSub, number);
        }
      } else if (GuidelineText.ratio(it.text()) != null) {
        Ratio r = GuidelineText.ratio(it.text());
        if (it.subs().isEmpty()) {
          adjustments.add(new CrimeAdjustment(it.text(), r, new GuidelineSource(number, para, it.full())));
        }
        for (String[] s : it.subs()) {
          adjustments.add(new CrimeAdjustment(s[1].replaceAll("[；;。]$", ""), r,
              new GuidelineSource(number, para + "（" + s[0] + "）", it.full())));
        }
      } else if (it.text().contains("罚金")) {
        fine = new GuidelineSource(number, para, it.full());
      } else if (it.text().contains("缓刑")) {
        probation = new GuidelineSource(number, para, it.full());
      }
    }
    return new CrimeRule(sec.heading(), number, base, List.copyOf(tiers), List.copyOf(factors), increment,
        List.copyOf(adjustments), fine, probation);
  }

  private static void addTiers(List<StartingTier> tiers, String text, String para, String number) {
    List<GuidelineText.Range> rs = GuidelineText.ranges(text);
    boolean declared = text.contains("确定宣告刑");
    int from = 0;
    for (GuidelineText.Range r : rs) {
      String cond = text.substring(from, r.start());
      cond = cond.replaceAll("^[；，]", "").replaceAll("(，|的，)?(可以)?$", "").strip();
      for (String lead : Arrays.asList("依法", "可以")) {
        if (cond.endsWith(lead)) {
          cond = cond.substring(0, cond.length() - lead.length()).replaceAll("，$", "");
        }
      }
      int next = text.indexOf('；', r.end());
      from = next < 0 ? text.length() : next + 1;
      tiers.add(new StartingTier(tiers.size(), cond, r.minMonths(), r.maxMonths(), r.types(), declared,
          new GuidelineSource(number, para, text)));
    }
  }
}
