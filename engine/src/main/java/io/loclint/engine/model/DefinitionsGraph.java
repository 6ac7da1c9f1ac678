package io.loclint.engine.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a code location's definitions do to each other: what the entry point registers, which jobs and graphs use
 * which ops, what schedules and sensors target, what tests reference. Built by {@link GraphBuilder}.
 */
public final class DefinitionsGraph {
    private final List<Registration> registrations;
    private final Set<EntryPoint> registeringUnseen;
    private final Set<PythonModule> importedByEntryPoints;
    private final Set<DagsterDefinition> registered;
    private final List<JobTarget> jobTargets;
    private final List<WiringCall> wiringCalls;
    private final Map<DagsterDefinition, List<DagsterDefinition>> users;
    private final List<TestReference> testReferences;

    DefinitionsGraph(List<Registration> registrations, Set<EntryPoint> registeringUnseen,
                     Set<PythonModule> importedByEntryPoints, List<JobTarget> jobTargets,
                     List<WiringCall> wiringCalls, Map<DagsterDefinition, List<DagsterDefinition>> users,
                     List<TestReference> testReferences) {
        this.registrations = List.copyOf(registrations);
        this.importedByEntryPoints = Collections.unmodifiableSet(importedByEntryPoints);
        Set<EntryPoint> unseen = Collections.newSetFromMap(new IdentityHashMap<>());
        unseen.addAll(registeringUnseen);
        this.registeringUnseen = Collections.unmodifiableSet(unseen);
        this.jobTargets = List.copyOf(jobTargets);
        this.wiringCalls = List.copyOf(wiringCalls);
        this.users = users;
        this.testReferences = List.copyOf(testReferences);
        Set<DagsterDefinition> set = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Registration r : registrations) {
            DagsterDefinition d = r.reference().target().local();
            if (d != null) {
                set.add(d);
            }
        }
        this.registered = Collections.unmodifiableSet(set);
    }

    public List<Registration> registrations() {
        return registrations;
    }

    /**
     * Whether the entry point also registers values loclint cannot see ({@code Definitions(**kwargs)}), so that
     * any definition may be among what it registers.
     */
    public boolean registersUnseen(EntryPoint entryPoint) {
        return registeringUnseen.contains(entryPoint);
    }

    /** Whether loading the entry points imports the module (their own modules included). */
    public boolean isImportedByEntryPoints(PythonModule module) {
        return importedByEntryPoints.contains(module);
    }

    public boolean isRegistered(DagsterDefinition definition) {
        return registered.contains(definition);
    }

    public Set<DagsterDefinition> registered() {
        return registered;
    }

    public List<JobTarget> jobTargets() {
        return jobTargets;
    }

    /** Calls in job, graph and graph-asset bodies. */
    public List<WiringCall> wiringCalls() {
        return wiringCalls;
    }

    /**
     * The jobs, graphs and graph-assets that use an op or graph (directly or through a wrapper), and the other
     * definitions whose bodies invoke an op directly; none when nothing does.
     */
    public List<DagsterDefinition> usersOf(DagsterDefinition definition) {
        return users.getOrDefault(definition, List.of());
    }

    public List<TestReference> testReferences() {
        return testReferences;
    }
}
