package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;

/** Counts shared by the text and JSON summaries. */
record Summary(int problems, int errors, int warnings, int notes, long filesChecked) {

    static Summary of(RunResult result) {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (Finding f : result.findings()) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case NOTE -> notes++;
            }
        }
        return new Summary(errors + warnings + notes, errors, warnings, notes, result.filesChecked());
    }

    /** {@code Found 3 problems (1 error, 2 warnings, 0 notes) in 12 files.} or {@code No problems found in 1 file.} */
    String sentence() {
        String files = plural(filesChecked, "file");
        if (problems == 0) {
            return "No problems found in " + files + ".";
        }
        return "Found " + plural(problems, "problem") + " (" + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + plural(notes, "note") + ") in " + files + ".";
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
