package io.loclint.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;

import java.util.HashMap;
import java.util.Map;


/** The guide's version tag, {@code <base>_ver_<N>} (section 2.3.2), shared by VER001–VER003. */
final class Versions {
    static final RuleOption<Pattern> TAG_PATTERN = RuleOption.pattern("version-tag-pattern",
            "a well-formed versioned job name",
            "^(?<base>.+)_ver_(?<version>0|[1-9][0-9]*)$", "base", "version");
    private static final Pattern WELL_FORMED = TAG_PATTERN.defaultValue();
    /**
     * Any spelling of a version marker: {@code _v2}, {@code _ver2}, {@code _version_2}, {@code -v2}, {@code Ver2}; the
     * marker is group {@link #MARKER} (a capital V's marker follows a letter or digit, which is matched outside it:
     * RE2/J has no look-behind).
     */
    private static final Pattern ANY_MARKER = Pattern.compile(
            "((?:^|[_-])(?i:v|ver|version)[_-]?[0-9]+)|[a-z0-9](V(?:er(?:sion)?)?[_-]?[0-9]+)");
    private static final int MARKER = 1;
    private static final int CAPITAL_MARKER = 2;

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
        if (!m.find()) {
            return null;
        }
        return m.group(MARKER) != null ? m.group(MARKER) : m.group(CAPITAL_MARKER);
    }

    /**
     * The newest registered version of each base name in a code location, found in one pass over its registered
     * jobs, so that asking for every job stays linear in their number.
     */
    static final class Newest {
        private final Pattern wellFormed;
        private final Map<String, DagsterDefinition> byBase = new HashMap<>();
        private final Map<String, Integer> versionByBase = new HashMap<>();

        Newest(CodeLocation location, Pattern wellFormed) {
            this.wellFormed = wellFormed;
            for (DagsterDefinition registered : location.graph().registered()) {
                Tag tag = registered.kind() == DefinitionKind.JOB ? tag(registered.name(), wellFormed) : null;
                // strictly newer only: of two registrations of one version the first stands, as it always has
                if (tag != null && tag.version() > versionByBase.getOrDefault(tag.base(), Integer.MIN_VALUE)) {
                    byBase.put(tag.base(), registered);
                    versionByBase.put(tag.base(), tag.version());
                }
            }
        }

        /** The newest registered version that supersedes a job, or null when none does. */
        DagsterDefinition supersedes(DagsterDefinition job) {
            Tag mine = tag(job.name(), wellFormed);
            if (job.kind() != DefinitionKind.JOB || mine == null
                    || versionByBase.getOrDefault(mine.base(), Integer.MIN_VALUE) <= mine.version()) {
                return null;
            }
            return byBase.get(mine.base());
        }
    }
}
