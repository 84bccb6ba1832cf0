package org.xiezhi.corpus.guideline;

/**
 * Where a rule of a sentencing guideline comes from: the document number, the paragraph path
 * (e.g. {@code 四（十一）1（1）}) and the verbatim text of that paragraph.
 */
public record GuidelineSource(String document, String paragraph, String text) {

  /** A short citation such as {@code 法发〔2021〕21号 四（十一）1（1）}. */
  public String cite() {
    return document + " " + paragraph;
  }
}
