package io.loclint.engine.result;

/**
 * Something the run wants the user to know that is not a finding: a skipped file, a rule that failed.
 *
 * @param path  relative to the root, or null when not about one file
 * @param level "note", "warning" or "error" (SARIF notification levels)
 */
public record ToolNotification(String id, String level, String message, String path) {
}
