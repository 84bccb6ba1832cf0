package org.xiezhi.corpus.facts;

/**
 * A quantity the sentencing rules need, read from a fact text with the words that show it.
 *
 * @param kind {@code COUNT} (times), {@code INJURY} (value = severity 1 轻微伤, 2 轻伤二级, 3 轻伤一级,
 *     4 重伤二级, 5 重伤一级, 6 死亡), {@code VICTIMS} (persons injured), {@code DRUG_GRAMS} (海洛因 or
 *     甲基苯丙胺 equivalent grams), {@code BAC} (mg per 100 ml of blood)
 * @param value the number
 * @param label the value in words, e.g. 轻伤二级, 3次, 95.6mg/100ml
 * @param evidence the clause that shows it
 * @param start offset of the matched words
 * @param end end offset (exclusive)
 */
public record Quantity(String kind, double value, String label, String evidence, int start, int end) {
  public static final String COUNT = "COUNT";
  public static final String INJURY = "INJURY";
  public static final String VICTIMS = "VICTIMS";
  public static final String DRUG_GRAMS = "DRUG_GRAMS";
  public static final String BAC = "BAC";
}
