package io.loclint.rules;

import io.loclint.engine.config.RuleOption;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The guide's version tag, {@code <base>_ver_<N>} (section 2.3.2), shared by VER001–VER003. */
final class Versions {
    static final RuleOption<Pattern> TAG_PATTERN = RuleOption.pattern("version-tag-pattern",
            "a well-formed versioned job name",
            "^(?<base>.+)_ver_(?<version>0|[1-9][0-9]*)$", "base", "version");
    private static final Pattern WELL_FORMED = TAG_PATTERN.defaultValue();
    /** Any spelling of a version marker: {@code _v2}, {@code _ver2}, {@code _version_2}, {@code -v2}, {@code Ver2}. */
    private static final Pattern ANY_MARKER = Pattern.compile(
            "(?:(?:^|[_-])(?i:v|ver|version)[_-]?[0-9]+)|(?:(?<=[a-z0-9])V(?:er(?:sion)?)?[_-]?[0-9]+)");

    private Versions() {
    }

    /** The job's base name and version when it ends in a well-formed tag with no other marker, else null. */
    record Tag(String base, int version) {}

    static Tag tag(String name) {
        return tag(name, WELL_FORMED);
    }

    /** @param wellFormed the configured tag pattern, with groups {@code base} and {@code version} */
    static Tag tag(String name, Pattern wellFormed) {
        if (name == null) {
            return null;
        }
        Matcher m = wellFormed.matcher(name);
        if (!m.find() || ANY_MARKER.matcher(m.group("base")).find()) {
            return null;
        }
        try {
            return new Tag(m.group("base"), Integer.parseInt(m.group("version")));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String malformedMarker(String name) {
        return malformedMarker(name, WELL_FORMED);
    }

    /** A version marker that is not the well-formed tag at the end, or null. */
    static String malformedMarker(String name, Pattern wellFormed) {
        if (name == null || tag(name, wellFormed) != null) {
            return null;
        }
        Matcher m = ANY_MARKER.matcher(name);
        return m.find() ? m.group() : null;
    }

    /** The newest registered version that supersedes a job, or null when none does. */
    static DagsterDefinition supersededBy(DagsterDefinition job, CodeLocation location, Pattern wellFormed) {
        Tag mine = tag(job.name(), wellFormed);
        if (job.kind() != DefinitionKind.JOB || mine == null) {
            return null;
        }
        DagsterDefinition newest = null;
        int newestVersion = mine.version();
        for (DagsterDefinition other : location.graph().registered()) {
            Tag theirs = other.kind() == DefinitionKind.JOB ? tag(other.name(), wellFormed) : null;
            if (theirs != null && theirs.base().equals(mine.base()) && theirs.version() > newestVersion) {
                newest = other;
                newestVersion = theirs.version();
            }
        }
        return newest;
    }
}
