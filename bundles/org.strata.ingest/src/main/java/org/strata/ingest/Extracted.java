package org.strata.ingest;

/**
 * The plain text of one document and the metadata Tika found for it (the license from dc:rights or a license or
 * copyright meta tag); empty strings where unknown. {@code note} says what of the file was left out and why (text
 * cut at the extractor's character limit, embedded documents nested too deep), or is empty.
 */
public record Extracted(String text, String mediaType, String title, String author, String date, String license,
        String note) {}
