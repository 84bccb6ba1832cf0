package org.xiezhi.corpus.guideline;

/** A crime-specific adjustment of the baseline (e.g. 毒品再犯 增加基准刑的10%-30%). */
public record CrimeAdjustment(String condition, Ratio ratio, GuidelineSource source) {}
