package io.loclint.engine.model;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyComment;
import io.loclint.grammar.python.PyDecorator;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyFunction;
import io.loclint.grammar.python.PyImport;
import io.loclint.grammar.python.PyString;
import io.loclint.grammar.toml.TomlDocument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Builds a location's {@link DefinitionsGraph} from its definitions and entry points. */
final class GraphBuilder {
    private static final Set<String> REGISTRATION_ARGUMENTS = Set.of("jobs", "schedules", "sensors", "assets");
    /** A {@code @repository}'s dict form, whose "pipelines" key is the pre-1.0 name of "jobs". */
    private static final Set<String> REPOSITORY_KEYS = Set.of("jobs", "pipelines", "schedules", "sensors", "assets");
    private static final Map<DefinitionKind, String> LOADED_KINDS = Map.of(DefinitionKind.JOB, "jobs",
            DefinitionKind.SCHEDULE, "schedules", DefinitionKind.SENSOR, "sensors", DefinitionKind.ASSET, "assets");
    private static final List<String> TARGET_KEYWORDS = List.of("job", "job_name", "pipeline_name", "jobs",
            "monitored_jobs", "request_job", "request_jobs", "job_selection");
    private static final Set<String> JOB_NAME_LOOKUPS = Set.of("get_job_def", "resolve_job_def", "get_job",
            "get_pipeline", "get_implicit_job_def_for_assets");
    /** Calls on loaded Definitions or a repository that hand a test every job they hold. */
    private static final Set<String> EVERY_JOB_LOOKUPS = Set.of("get_all_job_defs", "resolve_all_job_defs",
            "get_all_jobs", "get_all_pipelines");
    /** Registration arguments that hold jobs: a repository's list may hold anything. */
    private static final Set<String> JOB_ARGUMENTS = Set.of("jobs", "pipelines", "repository");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /**
     * The keywords whose jobs Dagster loads together with the schedule or sensor handed them; the jobs a run status
     * sensor only watches ({@code monitored_jobs}, the older {@code job_selection}) are not among them.
     */
    private static final Set<String> CARRIED_JOB_KEYWORDS = Set.of("job", "jobs", "request_job", "request_jobs",
            "partitioned_job");
    private static final Set<String> COMPREHENSIONS = Set.of("list_comprehension", "set_comprehension",
            "generator_expression");
    /** The iterable of each {@code for ... in name} clause of a comprehension's text. */
    private static final Pattern ITERATED = Pattern.compile(
            "\\bfor\\s+[\\w\\s,()]+?\\s+in\\s+([A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)");
    private static final Set<String> COMPONENT_FILES = Set.of("component.yaml", "defs.yaml");
    private static final List<String> JOB_OR_OP_SUFFIXES = List.of("_job", "_op", "_pipeline", "_solid");
    /** How deep Definitions may be wrapped and merged before the rest is taken as built at run time. */
    private static final int MAX_NESTING = 12;

    private final CodeLocation location;
    private final Resolver resolver;
    /** Entry points that register values loclint cannot see, such as {@code Definitions(**kwargs)}. */
    private final Set<EntryPoint> unseen = Collections.newSetFromMap(new IdentityHashMap<>());

    private GraphBuilder(CodeLocation location) {
        this.location = location;
        this.resolver = new Resolver(location);
    }

    /**
     * The ops and graphs a plain function called while composing {@code user} calls, and those of the plain functions
     * it calls in turn: a job split into helpers (`def load_part(x): return load_op(x)`) uses them all.
     */
    private void addHelperUsers(Map<DagsterDefinition, List<DagsterDefinition>> users, Resolver.Helper helper,
                                DagsterDefinition user, Set<PyFunction> seen) {
        if (helper == null || !seen.add(helper.function())) {
            return;
        }
        for (PyCall call : helper.function().body().calls()) {
            Target target = resolver.resolveExpression(helper.module(), call.call().func());
            DagsterDefinition called = target.local();
            if (called != null && (called.kind() == DefinitionKind.OP || called.kind() == DefinitionKind.GRAPH)) {
                addUser(users, called, user);
            }
            addPassedUsers(users, helper.module(), call, user);
            addHelperUsers(users, resolver.plainFunction(target), user, seen);
        }
    }

    /** An op handed over rather than called: {@code fan_out().map(process_item)}. */
    private void addPassedUsers(Map<DagsterDefinition, List<DagsterDefinition>> users, PythonModule module,
                                PyCall call, DagsterDefinition user) {
        for (PyExpr argument : call.call().args()) {
            if (PyExpr.dotted(argument) != null) {
                DagsterDefinition passed = resolver.resolveExpression(module, argument).local();
                if (passed != null && (passed.kind() == DefinitionKind.OP || passed.kind() == DefinitionKind.GRAPH)) {
                    addUser(users, passed, user);
                }
            }
        }
    }

    static DefinitionsGraph build(CodeLocation location) {
        return new GraphBuilder(location).build();
    }

    private DefinitionsGraph build() {
        List<Registration> registrations = registrations();
        List<JobTarget> targets = new ArrayList<>();
        List<WiringCall> wiring = new ArrayList<>();
        Map<DagsterDefinition, List<DagsterDefinition>> users = new IdentityHashMap<>();
        for (DagsterDefinition d : location.definitions()) {
            if (d.kind() == DefinitionKind.SCHEDULE || d.kind() == DefinitionKind.SENSOR) {
                targets.addAll(jobTargets(d, registrations));
            }
        }
        registrations.addAll(carriedJobs(registrations, targets));
        for (DagsterDefinition d : location.definitions()) {
            if (d.function() != null && (d.kind() == DefinitionKind.JOB || d.kind() == DefinitionKind.GRAPH
                    || d.factory().startsWith("dagster.graph_"))) {
                for (PyCall call : d.function().body().calls()) {
                    Target target = resolver.resolveExpression(d.module(), call.call().func());
                    wiring.add(new WiringCall(d, call, target));
                    addUser(users, target.local(), d);
                    addPassedUsers(users, d.module(), call, d);
                    addHelperUsers(users, resolver.plainFunction(target), d,
                            Collections.newSetFromMap(new IdentityHashMap<>()));
                }
            } else if (d.function() != null && !d.module().test()) {
                // an op an asset or sensor invokes directly runs as a plain function there: used, not dangling
                for (PyCall call : d.function().body().calls()) {
                    DagsterDefinition called = resolver.resolveExpression(d.module(), call.call().func()).local();
                    if (called != null && called.kind() == DefinitionKind.OP) {
                        addUser(users, called, d);
                    }
                }
            }
            if (d.factory().endsWith(".to_job") && d.call().func() instanceof PyExpr.Attribute attribute) {
                addUser(users, resolver.resolveExpression(d.module(), attribute.value()).local(), d);
            }
        }
        return new DefinitionsGraph(registrations, unseen, importedByEntryPoints(), targets, wiring, users,
                testReferences(registrations));
    }

    /** The modules the entry points import, directly or through the modules they import. */
    private Set<PythonModule> importedByEntryPoints() {
        Set<PythonModule> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<PythonModule> pending = new ArrayDeque<>();
        for (EntryPoint entryPoint : location.entryPoints()) {
            if (!entryPoint.module().test() && reached.add(entryPoint.module())) {
                pending.add(entryPoint.module());
            }
        }
        while (!pending.isEmpty()) {
            PythonModule module = pending.poll();
            List<String> names = new ArrayList<>(module.bindings().values());
            for (PyImport i : module.facts().imports()) {
                if (i.isStar()) {
                    names.add(Bindings.absoluteModule(i, module.qualifiedName(), module.isPackage()));
                }
            }
            for (String name : names) {
                if (name == null || name.isEmpty()) {
                    continue;
                }
                // importing a.b.c runs a, a.b and a.b.c
                String prefix = "";
                for (String part : name.split("\\.")) {
                    prefix = prefix.isEmpty() ? part : prefix + "." + part;
                    PythonModule imported = location.modules().get(prefix);
                    if (imported != null && reached.add(imported)) {
                        pending.add(imported);
                    }
                }
            }
        }
        return reached;
    }

    /**
     * The jobs that registered schedules and sensors bring in as objects, which Dagster loads with them. Only where
     * no job was taken out of the entry point for it: the job is built inside the schedule's or sensor's own call or
     * beside it in a module other than the entry point's, or the entry point registers no jobs itself. A job missing from an entry point that lists its jobs stays
     * unregistered (the guide's temporary delete leaves the schedule in place, and SCH001 reports it).
     */
    private List<Registration> carriedJobs(List<Registration> registrations, List<JobTarget> targets) {
        Map<EntryPoint, Set<DagsterDefinition>> registeredBy = new IdentityHashMap<>();
        Set<EntryPoint> listingJobs = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Registration r : registrations) {
            DagsterDefinition d = r.reference().target().local();
            registeredBy.computeIfAbsent(r.entryPoint(), e -> Collections.newSetFromMap(new IdentityHashMap<>()))
                    .add(d);
            if (listsJob(r)) {
                listingJobs.add(r.entryPoint());
            }
        }
        List<Registration> out = new ArrayList<>();
        for (Registration r : registrations) {
            DagsterDefinition source = r.reference().target().local();
            if (source == null || source.kind() != DefinitionKind.SCHEDULE && source.kind() != DefinitionKind.SENSOR) {
                continue;
            }
            for (JobTarget target : targets) {
                DagsterDefinition job = target.reference().target().local();
                if (target.source() == source && job != null && job.kind() == DefinitionKind.JOB
                        && CARRIED_JOB_KEYWORDS.contains(target.keyword())
                        && (!listingJobs.contains(r.entryPoint()) || builtInside(job, source)
                            || builtBeside(job, source, r.entryPoint()))
                        && registeredBy.get(r.entryPoint()).add(job)) {
                    out.add(new Registration(r.entryPoint(), r.argument(), target.reference()));
                }
            }
        }
        return out;
    }

    /**
     * Whether the registration puts a job into the entry point: anything under {@code jobs=} (a value loclint
     * cannot follow may hold jobs), and a job among a {@code @repository}'s or a loader's other definitions.
     */
    private static boolean listsJob(Registration r) {
        DagsterDefinition d = r.reference().target().local();
        return r.argument().equals("jobs") || r.argument().equals("pipelines")
                || d != null && d.kind() == DefinitionKind.JOB;
    }

    /** Whether a factory-made job is written inside the schedule's or sensor's call: {@code job=define_asset_job(...)}. */
    private static boolean builtInside(DagsterDefinition job, DagsterDefinition source) {
        if (job.call() == null || job.function() != null || source.call() == null || job.module() != source.module()) {
            return false;
        }
        return contains(source.call().span(), job.call().span());
    }

    /**
     * Whether the job is defined in the schedule's or sensor's own module, away from the entry point: a schedules
     * module that pairs each job with the schedule that runs it hands the job to Dagster through that schedule, so
     * the job was never meant for the entry point's list. In the entry point's own module the list is right beside
     * the job, and leaving the job out of it is the guide's temporary delete.
     */
    private static boolean builtBeside(DagsterDefinition job, DagsterDefinition source, EntryPoint entryPoint) {
        return job.module() == source.module() && job.module() != entryPoint.module();
    }

    private static boolean contains(Span outer, Span inner) {
        return compare(outer.startLine(), outer.startColumn(), inner.startLine(), inner.startColumn()) <= 0
                && compare(inner.endLine(), inner.endColumn(), outer.endLine(), outer.endColumn()) <= 0;
    }

    private static int compare(int line, int column, int otherLine, int otherColumn) {
        return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
    }

    private static void addUser(Map<DagsterDefinition, List<DagsterDefinition>> users, DagsterDefinition used,
                                DagsterDefinition user) {
        if (used != null && used != user) {
            users.computeIfAbsent(used, k -> new ArrayList<>()).add(user);
        }
    }

    private List<Registration> registrations() {
        List<Registration> out = new ArrayList<>();
        for (EntryPoint entryPoint : location.entryPoints()) {
            if (entryPoint.module().test()) {
                continue;
            }
            String defsFolder = defsFolderOf(entryPoint);
            if (defsFolder != null) {
                registerModules(out, entryPoint, m -> m.equals(defsFolder) || m.startsWith(defsFolder + "."));
            }
            if (entryPoint.kind() == EntryPoint.Kind.DEFINITIONS) {
                register(out, entryPoint, entryPoint.call(), null, new HashSet<>(), 0);
            } else {
                for (PyExpr returned : entryPoint.function().body().returns()) {
                    register(out, entryPoint, returned, entryPoint.function(), new HashSet<>(), 0);
                }
            }
        }
        return out;
    }

    /**
     * The components defs folder an entry point is written in, or null: a {@code @definitions} function, or any
     * entry point of a {@code [tool.dg]} project, inside the project's defs module or a package named {@code defs}.
     * A components loader only ever loads it together with the rest of that folder, so it stands for all of it
     * (a course's {@code completed/lesson_3/defs/resources.py} next to the jobs and schedules of that lesson).
     */
    private String defsFolderOf(EntryPoint entryPoint) {
        TomlDocument toml = location.pyproject() == null ? null : location.pyproject().toml();
        boolean dgProject = toml != null && toml.getTable("tool.dg") != null;
        if (entryPoint.kind() != EntryPoint.Kind.DEFINITIONS_FUNCTION && !dgProject) {
            return null;
        }
        String name = entryPoint.module().qualifiedName();
        if (toml != null && name.equals(toml.getString("tool.dg.project.code_location_target_module"))) {
            // the module the loader is pointed at holds the location's own entry point
            return null;
        }
        String defsModule = toml == null ? null : toml.getString("tool.dg.project.defs_module");
        if (defsModule != null && (name.equals(defsModule) && entryPoint.module().isPackage()
                || name.startsWith(defsModule + "."))) {
            return defsModule;
        }
        String[] parts = name.split("\\.");
        int last = entryPoint.module().isPackage() ? parts.length : parts.length - 1;
        for (int i = last - 1; i >= 0; i--) {
            if (parts[i].equals("defs")) {
                return String.join(".", Arrays.copyOfRange(parts, 0, i + 1));
            }
        }
        return null;
    }

    /**
     * What a value that becomes the entry point's definitions registers: a {@code Definitions(...)} call, what
     * {@code Definitions.merge} and other calls are handed, what a loader collects, a local variable's value, and
     * a {@code @repository}'s list or dict.
     *
     * @param function the entry point function the value is written in, null at module level
     * @param followed the local variables already followed, so {@code defs = wrap(defs)} is read once
     */
    private void register(List<Registration> out, EntryPoint entryPoint, PyExpr value, PyFunction function,
                          Set<String> followed, int depth) {
        PythonModule module = entryPoint.module();
        if (value == null || depth > MAX_NESTING) {
            return;
        }
        if (value instanceof PyExpr.Name name && function != null
                && Resolver.isLocal(module.facts(), function.qualifiedName(), name.id())) {
            if (followed.add(name.id())) {
                for (Resolver.Element local : resolver.elements(module, value, function)) {
                    register(out, entryPoint, local.expr(), function, followed, depth + 1);
                }
            }
            return;
        }
        if (value instanceof PyExpr.Call call) {
            String member = Bindings.dagsterMember(location, Bindings.resolve(module, PyExpr.dotted(call.func())));
            if ("Definitions".equals(member) || DagsterExtractor.DEFINITIONS_ARGS_REPOSITORY.equals(member)) {
                for (PyExpr.Keyword keyword : call.keywords()) {
                    if (keyword.name() != null && REGISTRATION_ARGUMENTS.contains(keyword.name())) {
                        addElements(out, entryPoint, keyword.name(), keyword.value(), function);
                    } else if (keyword.isSpread()) {
                        registerSpread(out, entryPoint, keyword.value(), function);
                    }
                }
            } else if (member != null && member.startsWith("load_definitions_from_")) {
                registerModules(out, entryPoint, loadedModules(module, call, member, function));
            } else if ("load_defs".equals(member) || "load_from_defs_folder".equals(member)) {
                String root = defsRoot(module, call, member);
                registerModules(out, entryPoint, m -> m.equals(root) || m.startsWith(root + "."));
            } else if (entryPoint.kind() == EntryPoint.Kind.REPOSITORY) {
                addElements(out, entryPoint, "repository", value, function);
            } else {
                // Definitions.merge(a, b), or a helper or method that wraps Definitions it is handed
                for (PyExpr argument : call.args()) {
                    register(out, entryPoint, argument, function, followed, depth + 1);
                }
                if (call.func() instanceof PyExpr.Attribute method) {
                    register(out, entryPoint, method.value(), function, followed, depth + 1);
                }
            }
            return;
        }
        if (entryPoint.kind() != EntryPoint.Kind.REPOSITORY) {
            return;
        }
        if (value instanceof PyExpr.DictExpr dict) {
            for (PyExpr.DictEntry entry : dict.entries()) {
                if (entry.key() instanceof PyExpr.Str key && REPOSITORY_KEYS.contains(key.value())) {
                    addElements(out, entryPoint, key.value(), entry.value(), function);
                }
            }
        } else {
            addElements(out, entryPoint, "repository", value, function);
        }
    }

    /**
     * {@code Definitions(**{"jobs": [...]})} registers what its literal dict names; any other
     * {@code Definitions(**kwargs)} registers what loclint cannot see ({@code collect(globals())}).
     */
    private void registerSpread(List<Registration> out, EntryPoint entryPoint, PyExpr value, PyFunction function) {
        if (!(value instanceof PyExpr.DictExpr dict)) {
            unseen.add(entryPoint);
            return;
        }
        for (PyExpr.DictEntry entry : dict.entries()) {
            if (entry.key() instanceof PyExpr.Str key && REGISTRATION_ARGUMENTS.contains(key.value())) {
                addElements(out, entryPoint, key.value(), entry.value(), function);
            } else if (entry.key() == null) {
                unseen.add(entryPoint);
            }
        }
    }

    private void addElements(List<Registration> out, EntryPoint entryPoint, String argument, PyExpr value,
                             PyFunction function) {
        addElements(out, entryPoint, argument, entryPoint.module(), value, function, 0);
    }

    /**
     * @param module where the value is written: the entry point's module, or the module of a list it names
     */
    private void addElements(List<Registration> out, EntryPoint entryPoint, String argument, PythonModule module,
                             PyExpr value, PyFunction function, int depth) {
        for (Resolver.Element element : resolver.elements(module, value, function)) {
            Reference reference = resolver.reference(element.module(), element.expr());
            // what a helper is handed besides definitions (paths, names, options) is no registration
            if (depth == 0 || reference.target() instanceof Target.Local) {
                out.add(new Registration(entryPoint, argument, reference));
            }
            if (!(reference.target() instanceof Target.Opaque opaque) || depth >= MAX_NESTING) {
                continue;
            }
            if (Resolver.unwrap(element.expr()) instanceof PyExpr.Call call) {
                // a helper that wraps or filters what it is handed (with_failure_hooks([...]), a per-environment
                // filter): what it is handed is what gets registered
                PyFunction scope = element.module() == module ? function : null;
                for (PyExpr argumentValue : call.args()) {
                    addElements(out, entryPoint, argument, element.module(), argumentValue, scope, depth + 1);
                }
                for (PyExpr.Keyword keyword : call.keywords()) {
                    addElements(out, entryPoint, argument, element.module(), keyword.value(), scope, depth + 1);
                }
            } else if (element.expr() instanceof PyExpr.Other other && COMPREHENSIONS.contains(other.kind())) {
                // `[s for s in schedules if ...]` registers at most what it iterates over
                Matcher iterated = ITERATED.matcher(other.text());
                while (iterated.find()) {
                    addElements(out, entryPoint, argument, element.module(), dottedExpr(iterated.group(1), other.span()),
                            element.module() == module ? function : null, depth + 1);
                }
            } else {
                for (DagsterDefinition d : containedDefinitions(opaque.qualifiedName())) {
                    out.add(new Registration(entryPoint, argument, new Reference(d.module(),
                            d.name() != null ? d.name() : reference.text(), d.nameSpan(), new Target.Local(d))));
                }
            }
        }
    }

    private static PyExpr dottedExpr(String dotted, Span span) {
        String[] parts = dotted.split("\\.");
        PyExpr expr = new PyExpr.Name(parts[0], span);
        for (int i = 1; i < parts.length; i++) {
            expr = new PyExpr.Attribute(expr, parts[i], span);
        }
        return expr;
    }

    /**
     * The definitions bound to no name of their own that a module-level value holds, such as those a comprehension
     * assigned to the name builds: registering the value registers them.
     */
    private List<DagsterDefinition> containedDefinitions(String qualified) {
        int dot = qualified.lastIndexOf('.');
        PythonModule module = dot < 0 ? null : location.modules().get(qualified.substring(0, dot));
        if (module == null) {
            return List.of();
        }
        String name = qualified.substring(dot + 1);
        List<Span> holders = new ArrayList<>();
        for (PyAssignment a : module.facts().moduleAssignments()) {
            if (a.target().equals(name) && a.value() != null) {
                holders.add(a.value().span());
            }
        }
        List<DagsterDefinition> out = new ArrayList<>();
        for (DagsterDefinition d : location.definitions()) {
            if (d.module() == module && d.binding() == null && d.call() != null && d.function() == null
                    && holders.stream().anyMatch(holder -> contains(holder, d.call().span()))) {
                out.add(d);
            }
        }
        return out;
    }

    /** Which modules a {@code load_definitions_from_*} call reads, by qualified name. */
    private Predicate<String> loadedModules(PythonModule module, PyExpr.Call call, String member,
                                            PyFunction function) {
        if (member.equals("load_definitions_from_current_module")) {
            return module.qualifiedName()::equals;
        }
        PyExpr named = call.args().isEmpty() ? null : call.args().get(0);
        for (PyExpr.Keyword keyword : call.keywords()) {
            if (keyword.name() != null && (keyword.name().equals("module") || keyword.name().equals("modules")
                    || keyword.name().equals("package_module") || keyword.name().equals("package_name"))) {
                named = keyword.value();
            }
        }
        Set<String> names = new HashSet<>();
        for (Resolver.Element element : resolver.elements(module, named, function)) {
            if (element.expr() instanceof PyExpr.Str name) {
                names.add(name.value());
            } else if (PyExpr.dotted(element.expr()) != null) {
                names.add(Bindings.resolve(element.module(), PyExpr.dotted(element.expr())));
            }
        }
        boolean withSubmodules = member.startsWith("load_definitions_from_package");
        return m -> names.contains(m) || withSubmodules && names.stream().anyMatch(n -> m.startsWith(n + "."));
    }

    /**
     * The module whose folder a components loader collects: {@code load_defs}' module, else the project's
     * {@code [tool.dg.project]} defs module, else the {@code defs} package beside the entry point's top package.
     */
    private String defsRoot(PythonModule module, PyExpr.Call call, String member) {
        if (member.equals("load_defs")) {
            PyExpr root = call.args().isEmpty() ? DagsterExtractor.keyword(call, "defs_root") : call.args().get(0);
            String dotted = root == null ? null : PyExpr.dotted(root);
            if (dotted != null) {
                return Bindings.resolve(module, dotted);
            }
        }
        TomlDocument toml = location.pyproject() == null ? null : location.pyproject().toml();
        String defsModule = toml == null ? null : toml.getString("tool.dg.project.defs_module");
        if (defsModule != null) {
            return defsModule;
        }
        String rootModule = toml == null ? null : toml.getString("tool.dg.project.root_module");
        if (rootModule == null) {
            String name = module.qualifiedName();
            rootModule = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        }
        return rootModule + ".defs";
    }

    /** Everything a loader collects from modules: their jobs, schedules, sensors and assets. */
    private void registerModules(List<Registration> out, EntryPoint entryPoint, Predicate<String> loaded) {
        for (DagsterDefinition d : location.definitions()) {
            String argument = LOADED_KINDS.get(d.kind());
            if (argument != null && !d.module().test() && loaded.test(d.module().qualifiedName())) {
                String text = d.name() != null ? d.name() : d.binding() != null ? d.binding() : d.kind().label();
                out.add(new Registration(entryPoint, argument,
                        new Reference(d.module(), text, d.nameSpan(), new Target.Local(d))));
            }
        }
    }

    private List<JobTarget> jobTargets(DagsterDefinition d, List<Registration> registrations) {
        List<JobTarget> out = new ArrayList<>();
        PyExpr.Call call = d.call();
        List<PyExpr.Keyword> keywords = new ArrayList<>();
        if (d.function() != null) {
            for (PyDecorator decorator : d.function().decorators()) {
                keywords.addAll(decorator.keywords());
            }
        } else if (call != null) {
            keywords.addAll(call.keywords());
            if (d.factory().endsWith("build_schedule_from_partitioned_job") && !call.args().isEmpty()) {
                out.add(new JobTarget(d, "partitioned_job", resolver.reference(d.module(), call.args().get(0))));
            }
        }
        for (PyExpr.Keyword keyword : keywords) {
            if (keyword.name() == null || !TARGET_KEYWORDS.contains(keyword.name())) {
                continue;
            }
            for (Resolver.Element element : resolver.elements(d.module(), keyword.value())) {
                if (element.expr() instanceof PyExpr.Str name && name.fString()) {
                    // a job name built at run time: its literal parts name no job
                    continue;
                }
                if (element.expr() instanceof PyExpr.Str name) {
                    out.add(new JobTarget(d, keyword.name(), new Reference(element.module(), "\"" + name.value() + "\"",
                            name.span(), jobNamed(name.value(), registrations))));
                } else {
                    out.add(new JobTarget(d, keyword.name(), resolver.reference(element.module(), element.expr())));
                }
            }
        }
        return out;
    }

    /** A job by its effective name: this location's jobs first, then the external jobs it registers. */
    Target jobNamed(String name, List<Registration> registrations) {
        DagsterDefinition fallback = null;
        for (DagsterDefinition d : location.definitions()) {
            if (d.kind() == DefinitionKind.JOB && name.equals(d.name())) {
                if (registrations.stream().anyMatch(r -> r.reference().target().local() == d)) {
                    return new Target.Local(d);
                }
                fallback = fallback == null ? d : fallback;
            }
        }
        if (fallback != null) {
            return new Target.Local(fallback);
        }
        for (Registration r : registrations) {
            if (r.reference().target() instanceof Target.External external
                    && external.qualifiedName().endsWith("." + name)) {
                return external;
            }
        }
        return new Target.Undefined(name, "is not the name of any job in this code location");
    }

    private List<TestReference> testReferences(List<Registration> registrations) {
        List<TestReference> out = new ArrayList<>();
        Set<String> testJobs = new HashSet<>();
        for (PythonModule module : location.modules().values()) {
            if (module.test()) {
                // a test's own jobs, often built in a fixture of conftest.py
                testJobs.addAll(DagsterExtractor.jobsDefinedInFunctions(location, module));
            }
        }
        for (PythonModule module : location.modules().values()) {
            if (!module.test()) {
                continue;
            }
            Set<Span> namedByCall = new HashSet<>();
            boolean importsLocation = false;
            for (PyImport i : module.facts().imports()) {
                String from = Bindings.absoluteModule(i, module.qualifiedName(), module.isPackage());
                if (from != null && !i.isStar() && !isLocationName(from)) {
                    from = rootedModule(module, i, from);
                }
                if (from == null || i.isStar() || !isLocationName(from)) {
                    continue;
                }
                importsLocation = true;
                String qualified = i.name() == null ? from : from + "." + i.name();
                String shown = i.name() == null ? from : i.name();
                if (resolver.isModule(qualified)) {
                    out.addAll(memberReferences(module, i.boundName()));
                }
                Target target = i.name() != null && !resolver.isModule(from)
                        ? new Target.Undefined(shown, "is imported from module '" + from
                                + "', which does not exist in this code location")
                        : resolver.resolveQualified(qualified, shown);
                if (target instanceof Target.Undefined && !mayBeJobOrOp(module, from, i.boundName())) {
                    // TST001 is about removed jobs and ops; a stale import of a resource or helper is not one
                    continue;
                }
                out.add(new TestReference(TestReference.Kind.IMPORT, new Reference(module, shown, i.span(), target)));
            }
            for (PyCall call : module.facts().calls()) {
                String callee = call.callee();
                String method = callee == null && call.call().func() instanceof PyExpr.Attribute a ? a.attr()
                        : callee == null ? null : callee.substring(callee.lastIndexOf('.') + 1);
                if (method == null) {
                    continue;
                }
                if (EVERY_JOB_LOOKUPS.contains(method) && importsLocation) {
                    // a test over all the jobs of the loaded Definitions (a snapshot, a loop that runs each) is a
                    // test of every job the location registers
                    for (Registration r : registrations) {
                        DagsterDefinition job = r.reference().target().local();
                        if (job != null && job.kind() == DefinitionKind.JOB) {
                            out.add(new TestReference(TestReference.Kind.EVERY_JOB, new Reference(module,
                                    method + "()", call.span(), r.reference().target())));
                        }
                    }
                } else if (JOB_NAME_LOOKUPS.contains(method) && !call.call().args().isEmpty()
                        && call.call().args().get(0) instanceof PyExpr.Str name) {
                    namedByCall.add(name.span());
                    Target job = jobNamedFor(module, name.value(), registrations);
                    if (!testJobs.contains(name.value()) && !namedByComponentFile(name.value())
                            && !(job instanceof Target.Undefined && registersJobsOfUnknownName(registrations))) {
                        out.add(new TestReference(TestReference.Kind.NAME_STRING, new Reference(module,
                                "\"" + name.value() + "\"", name.span(), job)));
                    }
                } else {
                    PyExpr run = method.equals("execute_in_process") && call.call().func() instanceof PyExpr.Attribute a
                            ? a.value()
                            : method.equals("execute_pipeline") && !call.call().args().isEmpty()
                            ? call.call().args().get(0) : null;
                    String dotted = run == null ? null : PyExpr.dotted(run);
                    // a bound name is judged by its import, a local one is built by the test; any other has lost
                    // its import
                    if (dotted != null && !isBound(module, dotted) && !isLocal(module, call, dotted)) {
                        out.add(new TestReference(TestReference.Kind.NAME, resolver.reference(module, run)));
                    }
                }
            }
            for (PyString string : module.facts().strings()) {
                for (DagsterDefinition d : location.definitions()) {
                    if (d.kind() == DefinitionKind.JOB && string.value().equals(d.name()) && !string.docstring()
                            && !namedByCall.contains(string.span())) {
                        out.add(new TestReference(TestReference.Kind.NAME_STRING, new Reference(module,
                                "\"" + string.value() + "\"", string.span(), new Target.Local(d))));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The module an import reads from, placed in the folder the importer runs from as its bindings have it
     * ({@code week_3.workspaces.project} for {@code from workspaces.project import x} in {@code week_3/tests}), or
     * {@code from} when the import needs no such folder.
     */
    private static String rootedModule(PythonModule module, PyImport i, String from) {
        String bound = module.bindings().get(i.boundName());
        if (bound == null) {
            return from;
        }
        if (i.name() == null && i.alias() == null) {
            // `import a.b` binds `a`, placed as `root.a`
            String top = "." + i.boundName();
            return bound.endsWith(top) ? bound.substring(0, bound.length() - top.length()) + "." + from : from;
        }
        String rooted = i.name() == null ? bound
                : bound.endsWith("." + i.name()) ? bound.substring(0, bound.length() - i.name().length() - 1) : "";
        return rooted.endsWith("." + from) ? rooted : from;
    }

    /**
     * The registered job a test looks up by name. Where several carry the name (a course whose every lesson has its
     * own Definitions with its own {@code trip_update_job}), it is the one whose module shares the longest package
     * path with a module the test imports: a test loads the Definitions it imports.
     */
    private Target jobNamedFor(PythonModule test, String name, List<Registration> registrations) {
        Target first = jobNamed(name, registrations);
        List<DagsterDefinition> named = registrations.stream().map(r -> r.reference().target().local())
                .filter(d -> d != null && d.kind() == DefinitionKind.JOB && name.equals(d.name()))
                .distinct().toList();
        if (named.size() < 2) {
            return first;
        }
        DagsterDefinition nearest = null;
        int longest = 0;
        for (DagsterDefinition d : named) {
            String[] owner = d.module().qualifiedName().split("\\.");
            for (PyImport i : test.facts().imports()) {
                String from = Bindings.absoluteModule(i, test.qualifiedName(), test.isPackage());
                int shared = from == null ? 0 : sharedParts(owner, rootedModule(test, i, from).split("\\."));
                if (shared > longest) {
                    longest = shared;
                    nearest = d;
                }
            }
        }
        return nearest == null ? first : new Target.Local(nearest);
    }

    private static int sharedParts(String[] a, String[] b) {
        int n = 0;
        while (n < a.length && n < b.length && a[n].equals(b[n])) {
            n++;
        }
        return n;
    }

    /**
     * Whether the entry point registers jobs whose names are known only at run time (a helper's return value, an
     * f-string name): a name a test looks up may be one of them, so it is not taken for a removed job.
     */
    private static boolean registersJobsOfUnknownName(List<Registration> registrations) {
        for (Registration r : registrations) {
            Target target = r.reference().target();
            if (target instanceof Target.Opaque && JOB_ARGUMENTS.contains(r.argument())
                    || target.local() != null && target.local().kind() == DefinitionKind.JOB
                    && target.local().name() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The location's jobs and ops a test reaches through a module it imports, {@code jobs.my_job} after
     * {@code import pkg.defs.jobs as jobs}, wherever the test uses them: in an assert or a comparison as much as in a
     * call. Read from the source text, outside strings and comments, since such uses need not be calls.
     */
    private List<TestReference> memberReferences(PythonModule test, String boundName) {
        List<TestReference> out = new ArrayList<>();
        String text = test.file().text();
        if (text == null || !text.contains(boundName + ".")) {
            return out;
        }
        // RE2/J has no look-behind: the character before the name is matched instead, and group 1 is the use
        Pattern use = Pattern.compile("(?:^|[^\\w.])(" + Pattern.quote(boundName) + "(?:\\." + IDENTIFIER.pattern()
                + ")+)");
        String[] lines = text.split("\\r?\\n|\\r", -1);
        for (int line = 0; line < lines.length; line++) {
            Matcher m = use.matcher(lines[line]);
            while (m.find()) {
                Span span = new Span(line + 1, m.start(1) + 1, line + 1, m.end(1) + 1);
                TestReference reference = inStringOrComment(test, span) ? null
                        : memberReference(test, m.group(1), span);
                if (reference != null) {
                    out.add(reference);
                }
            }
        }
        return out;
    }

    /** The job or op the shortest prefix of {@code jobs.my_job.execute_in_process} names, or null. */
    private TestReference memberReference(PythonModule test, String chain, Span span) {
        for (int dot = chain.indexOf('.', chain.indexOf('.') + 1); ; dot = chain.indexOf('.', dot + 1)) {
            String dotted = dot < 0 ? chain : chain.substring(0, dot);
            String shown = dotted.substring(dotted.lastIndexOf('.') + 1);
            Target target = resolver.resolveQualified(Bindings.resolve(test, dotted), shown);
            DagsterDefinition d = target.local();
            if (d != null && (d.kind() == DefinitionKind.JOB || d.kind() == DefinitionKind.OP)) {
                return new TestReference(TestReference.Kind.NAME, new Reference(test, dotted, span, target));
            }
            if (dot < 0) {
                return null;
            }
        }
    }

    private static boolean inStringOrComment(PythonModule module, Span span) {
        for (PyString string : module.facts().strings()) {
            if (contains(string.span(), span)) {
                return true;
            }
        }
        for (PyComment comment : module.facts().comments()) {
            if (contains(comment.span(), span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name a test imports, and that no longer exists, was a job or op: it is named like one, the test
     * runs it as a job, or it is a function-style name imported from a module that holds jobs or ops.
     */
    private boolean mayBeJobOrOp(PythonModule test, String from, String name) {
        if (JOB_OR_OP_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return true;
        }
        for (PyCall call : test.facts().calls()) {
            if (call.callee() != null && (call.callee().startsWith(name + ".get_")
                    || call.callee().startsWith(name + ".resolve_"))) {
                // looked up in like a Definitions or repository, so it is an entry point, not a job or op
                return false;
            }
        }
        for (PyCall call : test.facts().calls()) {
            if (call.callee() != null && (call.callee().equals(name + ".execute_in_process")
                    || call.callee().endsWith("execute_pipeline") && !call.call().args().isEmpty()
                    && name.equals(PyExpr.dotted(call.call().args().get(0))))) {
                return true;
            }
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (DagsterDefinition d : location.definitions()) {
            String owner = d.module().qualifiedName();
            if ((d.kind() == DefinitionKind.JOB || d.kind() == DefinitionKind.OP)
                    && (owner.equals(from) || owner.startsWith(from + "."))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a component file ({@code component.yaml}, {@code defs.yaml}) of the location names the job: jobs a
     * component builds from YAML exist without Python that loclint could read.
     */
    private boolean namedByComponentFile(String jobName) {
        for (ParsedFile file : location.files()) {
            String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
            if (COMPONENT_FILES.contains(fileName) && file.text() != null && file.text().contains(jobName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocal(PythonModule module, PyCall call, String dotted) {
        String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        return call.enclosingFunction() != null && Resolver.isLocal(module.facts(), call.enclosingFunction(), head);
    }

    private static boolean isBound(PythonModule module, String dotted) {
        String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        return module.bindings().containsKey(head);
    }

    /** Whether a module name belongs to this location's own packages or modules. */
    private boolean isLocationName(String moduleName) {
        String top = moduleName.contains(".") ? moduleName.substring(0, moduleName.indexOf('.')) : moduleName;
        if (location.packages().contains(top)) {
            return true;
        }
        PythonModule module = location.modules().get(top);
        return module != null && !module.test();
    }
}
