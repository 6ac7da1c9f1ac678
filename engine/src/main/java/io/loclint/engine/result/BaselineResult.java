package io.loclint.engine.result;

import java.util.List;

/**
 * How a run compares with a stored baseline. The run's {@link RunResult#findings()} are then only the new
 * findings (the ones that fail the run); these are the rest.
 *
 * @param unchanged findings that match a baseline entry (same code, path and symbol; the line may differ), sorted
 *                  by {@link Finding#ORDER}
 * @param absent    baseline entries with no current finding, one per missing occurrence, rebuilt from the stored
 *                  code and path only: no span, no symbol, and a message that says the entry is gone (the original
 *                  message is never stored)
 */
public record BaselineResult(List<Finding> unchanged, List<Finding> absent) {
    public BaselineResult {
        unchanged = List.copyOf(unchanged);
        absent = List.copyOf(absent);
    }
}
