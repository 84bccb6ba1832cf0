package org.xiezhi.corpus.guideline;

import java.util.List;

/**
 * The guideline's rules for one crime: the starting-point tiers, the facts that add to the starting
 * point to give the baseline penalty (犯罪数额, 次数, 伤害后果, 毒品数量 …), crime-specific adjustments,
 * and the fine and probation paragraphs.
 *
 * @param crime the charge, e.g. 盗窃罪
 * @param document the guideline's number
 * @param paragraph the section, e.g. 四（十一）
 * @param tiers the starting-point tiers in the guideline's order
 * @param incrementFactors the facts named in the baseline paragraph, e.g. [盗窃数额, 次数, 手段]
 * @param increment the baseline paragraph with its notes
 * @param adjustments crime-specific adjustments of the baseline
 * @param fine the fine paragraph, or null
 * @param probation the probation paragraph, or null
 */
public record CrimeRule(
    String crime, String document, String paragraph, List<StartingTier> tiers, List<String> incrementFactors,
    GuidelineSource increment, List<CrimeAdjustment> adjustments, GuidelineSource fine,
    GuidelineSource probation) {}
