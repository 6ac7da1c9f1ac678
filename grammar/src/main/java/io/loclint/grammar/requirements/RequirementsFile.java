package io.loclint.grammar.requirements;

import java.util.List;

/**
 * The lines of a pip requirements file that say something, in order. A line ending in a backslash is not joined
 * with the next.
 */
public record RequirementsFile(List<RequirementLine> lines) {
}
