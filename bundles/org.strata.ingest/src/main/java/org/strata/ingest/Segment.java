package org.strata.ingest;

/** One passage cut from a document's normalized text: [start, end) are character offsets into that text. */
public record Segment(int start, int end, String text, int tokens) {}
