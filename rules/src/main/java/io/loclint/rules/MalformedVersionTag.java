package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

import java.util.List;

@RuleInfo(code = "VER001", name = "malformed-version-tag", severity = Severity.ERROR, guide = "2.3.2",
        summary = "A job name carries a version marker not in the form _ver_<N> at its end.",
        tags = "versioning")
public final class MalformedVersionTag implements ElementRule<DagsterDefinition> {
    @Override
    public List<RuleOption<?>> options() {
        return List.of(Versions.TAG_PATTERN);
    }

    @Override
    public Class<DagsterDefinition> elementType() {
        return DagsterDefinition.class;
    }

    @Override
    public void check(DagsterDefinition d, RuleContext context) {
        if (d.kind() != DefinitionKind.JOB) {
            return;
        }
        String marker = Versions.malformedMarker(d.name(), context.option(Versions.TAG_PATTERN));
        if (marker != null) {
            context.report(d.path(), d.nameSpan(),
                    Wording.definition(d) + " carries the version marker '" + marker.replaceFirst("^[_-]", "")
                            + "'; the guide's version tag is _ver_<N> at the end of the name",
                    "job:" + d.name(),
                    "rename it to end in _ver_<N>, e.g. data_processing_job_ver_2");
        }
    }
}
