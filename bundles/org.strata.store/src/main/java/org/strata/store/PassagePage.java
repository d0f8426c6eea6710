package org.strata.store;

import java.util.List;

/** One page of a query's results and how many passages match in all. */
public record PassagePage(long total, List<Passage> rows) {}
