package org.strata.export;

import java.util.Map;

/** What one stage of a pack would hold, before anything is written (and before decontamination, which reads text). */
public record StagePreview(String layer, long passages, long validationPassages, long tokens, Map<String, Long> excluded) {}
