package io.loclint.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a report is made from.
 *
 * @param root          what finding paths are relative to (SARIF's %SRCROOT%)
 * @param findings      sorted by {@link Finding#ORDER}
 * @param rules         every registered rule, sorted by code
 * @param successful    false when the run itself failed somewhere (a rule threw), not when findings exist
 * @param suppressed    findings silenced by an inline suppression: not reported as problems, but SARIF keeps them
 *                      (with {@code suppressions}) so consumers see them
 */
public record RunResult(Path root, List<Finding> findings, List<RuleMeta> rules, List<ToolNotification> notifications,
                        String toolVersion, boolean successful, long filesChecked, List<Finding> suppressed) {

    public RunResult(Path root, List<Finding> findings, List<RuleMeta> rules, List<ToolNotification> notifications,
                     String toolVersion, boolean successful, long filesChecked) {
        this(root, findings, rules, notifications, toolVersion, successful, filesChecked, List.of());
    }
}
