package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.files.FileKind;
import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.requirements.RequirementLine;
import io.loclint.grammar.toml.TomlDocument;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a code location declares it depends on, read from pyproject.toml ({@code [project]} dependencies and
 * optional dependencies, {@code [dependency-groups]}, {@code [tool.uv.sources]}, poetry's dependency tables),
 * {@code requirements*.txt} and a {@code setup.py}'s {@code install_requires}.
 */
public record Dependencies(List<Dependency> declared, List<GitSource> gitSources, boolean anyDeclarationFile) {
    /** {@code git+URL@ref} inside a PEP 508 requirement or a requirements line; group 1 URL, group 2 ref. */
    private static final Pattern GIT_URL = Pattern.compile("git\\+([^\\s#;]+?)(?:@([^@/\\s#;]+))?(?=$|[\\s#;])");

    static Dependencies of(CodeLocation location) {
        List<Dependency> declared = new ArrayList<>();
        List<GitSource> git = new ArrayList<>();
        boolean anyFile = false;
        ParsedFile pyproject = location.pyproject();
        if (pyproject != null && pyproject.toml() != null && pyproject.toml().parsed()) {
            anyFile = true;
            readPyproject(pyproject, declared, git);
        }
        for (ParsedFile file : location.files()) {
            if (file.requirements() != null) {
                anyFile = true;
                readRequirements(file, declared, git);
            }
        }
        String setupPy = location.directory().isEmpty() ? "setup.py" : location.directory() + "/setup.py";
        for (PythonModule module : location.modules().values()) {
            if (module.path().equals(setupPy) && module.facts() != null) {
                anyFile |= readSetupPy(module, declared);
            }
        }
        return new Dependencies(List.copyOf(declared), List.copyOf(git), anyFile);
    }

    private static void readPyproject(ParsedFile file, List<Dependency> declared, List<GitSource> git) {
        TomlDocument toml = file.toml();
        addRequirements(file, toml.stringsOf("project.dependencies"), declared, git);
        TomlTable optional = toml.getTable("project.optional-dependencies");
        if (optional != null) {
            for (String group : optional.keySet()) {
                addRequirements(file, toml.stringsOf(List.of("project", "optional-dependencies", group)), declared, git);
            }
        }
        TomlTable groups = toml.getTable("dependency-groups");
        if (groups != null) {
            for (String group : groups.keySet()) {
                addRequirements(file, toml.stringsOf(List.of("dependency-groups", group)), declared, git);
            }
        }
        addRequirements(file, toml.stringsOf("tool.uv.dev-dependencies"), declared, git);
        addPoetryTable(file, List.of("tool", "poetry", "dependencies"), declared);
        addPoetryTable(file, List.of("tool", "poetry", "dev-dependencies"), declared);
        TomlTable poetryGroups = toml.getTable("tool.poetry.group");
        if (poetryGroups != null) {
            for (String group : poetryGroups.keySet()) {
                addPoetryTable(file, List.of("tool", "poetry", "group", group, "dependencies"), declared);
            }
        }
        TomlTable sources = toml.getTable("tool.uv.sources");
        if (sources != null) {
            for (String name : sources.keySet()) {
                Object value = sources.get(List.of(name));
                if (!(value instanceof TomlTable source) || !(source.get("git") instanceof String url)) {
                    continue;
                }
                Span span = toml.spanOf(List.of("tool", "uv", "sources", name));
                String kind = null;
                String ref = null;
                for (String candidate : List.of("tag", "rev", "branch")) {
                    if (source.get(candidate) instanceof String pinned) {
                        kind = candidate;
                        ref = pinned;
                        break;
                    }
                }
                git.add(new GitSource(Requirement.normalise(name), url, kind, ref, file.path(),
                        span != null ? span : Span.point(1, 1)));
            }
        }
    }

    /** A poetry dependency table: distribution names as keys ({@code python} is the interpreter, not one). */
    private static void addPoetryTable(ParsedFile file, List<String> key, List<Dependency> declared) {
        TomlTable table;
        try {
            table = file.toml().root().getTable(key);
        } catch (IllegalArgumentException | org.tomlj.TomlInvalidTypeException e) {
            return;
        }
        if (table == null) {
            return;
        }
        for (String name : table.keySet()) {
            if (name.equalsIgnoreCase("python")) {
                continue;
            }
            List<String> path = new ArrayList<>(key);
            path.add(name);
            Span span = file.toml().spanOf(path);
            declared.add(new Dependency(Requirement.normalise(name), name, file.path(),
                    span != null ? span : Span.point(1, 1)));
        }
    }

    private static void addRequirements(ParsedFile file, List<TomlDocument.Located> requirements,
                                        List<Dependency> declared, List<GitSource> git) {
        for (TomlDocument.Located located : requirements) {
            addRequirement(file.path(), located.value(), located.span(), declared, git);
        }
    }

    private static void addRequirement(String path, String requirement, Span span, List<Dependency> declared,
                                       List<GitSource> git) {
        String name = Requirement.distributionName(requirement);
        Matcher m = GIT_URL.matcher(requirement);
        if (m.find()) {
            String egg = eggName(requirement);
            if (name.isEmpty() || requirement.strip().startsWith("git+")) {
                name = egg != null ? egg : name;
            }
            git.add(new GitSource(name, m.group(1), m.group(2) == null ? null : "ref", m.group(2), path, span));
        }
        if (!name.isEmpty()) {
            declared.add(new Dependency(name, requirement, path, span));
        }
    }

    private static String eggName(String requirement) {
        Matcher egg = Pattern.compile("#egg=([A-Za-z0-9_.-]+)").matcher(requirement);
        return egg.find() ? Requirement.normalise(egg.group(1)) : null;
    }

    private static void readRequirements(ParsedFile file, List<Dependency> declared, List<GitSource> git) {
        for (RequirementLine line : file.requirements().lines()) {
            if (line.kind() == RequirementLine.Kind.REQUIREMENT) {
                addRequirement(file.path(), line.value(), line.span(), declared, git);
            }
        }
    }

    /** {@code setup(install_requires=[...])}: true when the call was found. */
    private static boolean readSetupPy(PythonModule module, List<Dependency> declared) {
        for (PyCall call : module.facts().moduleCalls()) {
            String callee = call.callee();
            if (callee == null || !(callee.equals("setup") || callee.endsWith(".setup"))) {
                continue;
            }
            for (PyExpr.Keyword keyword : call.call().keywords()) {
                if ("install_requires".equals(keyword.name()) && keyword.value() instanceof PyExpr.ListExpr list) {
                    for (PyExpr element : list.elements()) {
                        if (element instanceof PyExpr.Str s) {
                            declared.add(new Dependency(Requirement.distributionName(s.value()), s.value(),
                                    module.path(), s.span()));
                        }
                    }
                }
            }
            return true;
        }
        return false;
    }

}
