package org.xiezhi.eval.lecard;

import java.util.List;

/** A LeCaRD query case: its id ({@code ridx}), fact description and charges as the dataset gives them. */
public record LecardQuery(String id, String facts, List<String> charges) {}
