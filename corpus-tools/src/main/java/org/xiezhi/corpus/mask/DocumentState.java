package org.xiezhi.corpus.mask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masking state of one document: the names learned from its texts and the masked form given
 * to each, so a person gets the same masked name in every field.
 */
final class DocumentState implements PiiMasker.DocumentMasker {
  private static final Pattern CASE_YEAR = Pattern.compile("[（(〔\\[]((?:19|20)\\d{2})[）)〕\\]]");
  private static final String SUFFIXES = "甲乙丙丁戊己庚辛壬癸";

  private final Set<String> keep = new HashSet<>();
  private final Set<String> toMask = new HashSet<>();
  private final Map<String, String> masked = new LinkedHashMap<>();
  private final Set<String> usedForms = new HashSet<>();
  private final List<String> learned = new ArrayList<>();
  private List<String> names = List.of();
  private int caseYear = -1;
  private final MaskingPolicy policy;

  DocumentState(MaskingPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void learn(String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    for (String t : learned) {
      if (t == text) {
        return;
      }
    }
    learned.add(text);
    if (caseYear < 0) {
      Matcher y = CASE_YEAR.matcher(text);
      if (y.find()) {
        caseYear = Integer.parseInt(y.group(1));
      }
    }
    Map<String, NameLearner.Role> found = new LinkedHashMap<>();
    NameLearner.learn(
        text,
        (name, role) -> {
          if (policy == MaskingPolicy.PUBLIC_RELEASE
              || role == NameLearner.Role.DEFENDANT && MinorCheck.isMinor(text, name, caseYear)) {
            role = NameLearner.Role.MASK;
          }
          NameLearner.Role before = found.get(name);
          if (before == null || role != NameLearner.Role.MASK) {
            found.put(name, role);
          }
        });
    boolean changed = false;
    for (Map.Entry<String, NameLearner.Role> e : found.entrySet()) {
      String name = e.getKey();
      if (e.getValue() == NameLearner.Role.MASK) {
        if (!keep.contains(name) && toMask.add(name)) {
          changed = true;
        }
      } else if (keep.add(name) && toMask.remove(name)) {
        changed = true;
      }
    }
    if (changed) {
      assignForms();
    }
  }

  /** Gives each name to mask its form: surname + 某, then 某甲, 某乙 … when that is taken. */
  private void assignForms() {
    for (String name : toMask) {
      if (masked.containsKey(name)) {
        continue;
      }
      String surname = name.substring(0, Surnames.surnameAt(name, 0) == 2 ? 2 : 1);
      String form = surname + "某";
      for (int i = 0; (usedForms.contains(form) || present(form)) && i < SUFFIXES.length(); i++) {
        form = surname + "某" + SUFFIXES.charAt(i);
      }
      masked.put(name, form);
      usedForms.add(form);
    }
    masked.keySet().retainAll(toMask);
    names = new ArrayList<>(masked.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
  }

  /** Whether {@code form} already stands alone in a learned text (a name the court masked). */
  private boolean present(String form) {
    for (String t : learned) {
      int i = t.indexOf(form);
      while (i >= 0) {
        int after = i + form.length();
        if (after >= t.length()) {
          return true;
        }
        char c = t.charAt(after);
        if (c != '某' && SUFFIXES.indexOf(c) < 0 && !Character.isDigit(c)) {
          return true;
        }
        i = t.indexOf(form, after);
      }
    }
    return false;
  }

  @Override
  public List<PiiSpan> find(String text) {
    List<PiiSpan> spans = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return spans;
    }
    learn(text);
    PatternRules.find(text, spans);
    AddressRule.find(text, spans);
    for (String name : names) {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
        spans.add(new PiiSpan(i, i + name.length(), PiiType.PERSON_NAME, masked.get(name)));
      }
    }
    return SpanMerge.resolve(spans);
  }

  @Override
  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<PiiSpan> spans = find(text);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    int at = 0;
    for (PiiSpan s : spans) {
      b.append(text, at, s.start()).append(s.replacement());
      at = s.end();
    }
    return b.append(text, at, text.length()).toString();
  }

  @Override
  public Map<String, String> maskedNames() {
    return new HashMap<>(masked);
  }
}
