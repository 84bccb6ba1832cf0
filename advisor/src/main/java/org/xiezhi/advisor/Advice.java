package org.xiezhi.advisor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.xiezhi.advisor.charge.ChargeCheck;
import org.xiezhi.advisor.hints.Hint;
import org.xiezhi.advisor.sentencing.SentencingReference;

/**
 * The advice for one case: the charge check, a sentencing reference per proposed charge, and the
 * hints (charge hints and sentence anomalies together).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Advice(
    String id, ChargeCheck chargeCheck, List<SentencingReference> sentencing, List<Hint> hints) {}
