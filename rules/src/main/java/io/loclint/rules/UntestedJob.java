package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.model.PythonModule;
import io.loclint.engine.model.TestReference;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

@RuleInfo(code = "TST002", name = "untested-job", severity = Severity.NOTE, guide = "2.3.2",
        summary = "A registered job that no test references.",
        tags = "tests")
public final class UntestedJob implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        Set<DagsterDefinition> tested = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TestReference reference : location.graph().testReferences()) {
            DagsterDefinition d = reference.reference().target().local();
            if (d != null) {
                tested.add(d);
            }
        }
        String why = hasTests(location) ? "no test of the code location imports, names or runs it"
                : "the code location has no tests";
        for (DagsterDefinition d : location.graph().registered()) {
            if (d.kind() == DefinitionKind.JOB && d.name() != null && !tested.contains(d)) {
                context.report(d.path(), d.nameSpan(),
                        Wording.definition(d) + " is registered but " + why,
                        "job:" + d.name(),
                        "add a test that imports the job and runs execute_in_process()");
            }
        }
    }

    /** Whether any test module holds a test pytest would collect; an empty tests/ folder is not a test. */
    private static boolean hasTests(CodeLocation location) {
        for (PythonModule module : location.modules().values()) {
            if (module.test() && module.facts().functions().stream().anyMatch(f -> f.name().startsWith("test"))) {
                return true;
            }
        }
        return false;
    }
}
