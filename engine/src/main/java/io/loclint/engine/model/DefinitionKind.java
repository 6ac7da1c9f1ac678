package io.loclint.engine.model;

import java.util.Locale;

public enum DefinitionKind {
    JOB, OP, GRAPH, ASSET, SCHEDULE, SENSOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
