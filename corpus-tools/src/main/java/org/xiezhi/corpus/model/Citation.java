package org.xiezhi.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One provision cited by a judgment, normalised.
 *
 * <p>For the Criminal Law {@code law} is {@code 刑法}, {@code article} the article number,
 * {@code suffix} the 之X number (0 when none), {@code paragraph} the 款 and {@code item} the 项 (null
 * when not cited). Other laws and judicial interpretations keep their title in {@code law} and may
 * have a null article. {@code label} is the canonical text, e.g. {@code 刑法第264条第1款}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(
    String law, Integer article, int suffix, Integer paragraph, Integer item, String label) {}
