package io.loclint.cli;

final class ExitCodes {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
