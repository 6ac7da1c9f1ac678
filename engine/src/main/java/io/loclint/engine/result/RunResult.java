package io.loclint.engine.result;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything a report is made from.
 *
 * @param root          what finding paths are relative to (SARIF's %SRCROOT%)
 * @param findings      sorted by {@link Finding#ORDER}
 * @param rules         every registered rule, sorted by code
 * @param successful    false when the run itself failed somewhere (a rule threw), not when findings exist
 * @param suppressed    findings silenced by an inline suppression: not reported as problems, but SARIF keeps them
 *                      (with {@code suppressions}) so consumers see them
 * @param baseline      null when no baseline was given; else the unchanged and absent findings, and
 *                      {@code findings} holds only the new ones
 */
public record RunResult(Path root, List<Finding> findings, List<RuleMeta> rules, List<ToolNotification> notifications,
                        String toolVersion, boolean successful, long filesChecked, List<Finding> suppressed,
                        BaselineResult baseline) {

    public RunResult(Path root, List<Finding> findings, List<RuleMeta> rules, List<ToolNotification> notifications,
                     String toolVersion, boolean successful, long filesChecked, List<Finding> suppressed) {
        this(root, findings, rules, notifications, toolVersion, successful, filesChecked, suppressed, null);
    }

    public RunResult(Path root, List<Finding> findings, List<RuleMeta> rules, List<ToolNotification> notifications,
                     String toolVersion, boolean successful, long filesChecked) {
        this(root, findings, rules, notifications, toolVersion, successful, filesChecked, List.of());
    }

    /** The same run with {@code newFindings} as its findings and the baseline comparison beside them. */
    public RunResult withBaseline(List<Finding> newFindings, BaselineResult comparison) {
        return new RunResult(root, List.copyOf(newFindings), rules, notifications, toolVersion, successful,
                filesChecked, suppressed, comparison);
    }

    /** The same run keeping only findings (new, unchanged, absent and suppressed) whose path passes {@code keep}. */
    public RunResult onlyPaths(Predicate<String> keep) {
        Function<List<Finding>, List<Finding>> filter =
                list -> list.stream().filter(f -> keep.test(f.path())).toList();
        BaselineResult narrowed = baseline == null ? null
                : new BaselineResult(filter.apply(baseline.unchanged()), filter.apply(baseline.absent()));
        return new RunResult(root, filter.apply(findings), rules, notifications, toolVersion, successful,
                filesChecked, filter.apply(suppressed), narrowed);
    }
}
