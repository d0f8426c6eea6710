package org.strata.ingest;

/** The plain text of one document and the metadata Tika found for it; empty strings where unknown. */
public record Extracted(String text, String mediaType, String title, String author, String date) {}
