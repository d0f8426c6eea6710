package org.strata.ingest;

/**
 * The plain text of one document and the metadata Tika found for it (the license from dc:rights or a license or
 * copyright meta tag); empty strings where unknown. {@code truncated}
 * says that the text was cut at the extractor's character limit.
 */
public record Extracted(String text, String mediaType, String title, String author, String date, String license,
        boolean truncated) {}
