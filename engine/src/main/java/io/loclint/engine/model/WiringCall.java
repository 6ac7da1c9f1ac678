package io.loclint.engine.model;

import io.loclint.grammar.python.PyCall;

/** A call inside a job, graph or graph-asset body, with what its callee resolves to. */
public record WiringCall(DagsterDefinition owner, PyCall call, Target target) {
}
