package org.xiezhi.models.predict;

import java.util.List;
import java.util.Map;

/**
 * What the judgment predictor says about one fact description: charges (names ending in 罪),
 * article numbers, the prison term, the scores behind them and the model version ({@code id@version}).
 * {@code chargeScores} and {@code articleScores} hold the top labels by score; {@code termMonths}
 * is 0 for death and life.
 */
public record Prediction(
    List<String> charges,
    List<Integer> articles,
    int termMonths,
    boolean death,
    boolean life,
    Map<String, Float> chargeScores,
    Map<String, Float> articleScores,
    float termConfidence,
    String model) {}
