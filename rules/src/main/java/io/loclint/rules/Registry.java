package io.loclint.rules;

import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.rule.Rule;
import io.loclint.engine.rule.RuleInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every rule, sorted by code: each class of this package with {@code @RuleInfo}, found where the package's classes
 * are (the jar, or the build's class folder), so adding a rule is adding its class. A contract test checks the
 * rules against the README's table and the pages under docs/rules/.
 */
public final class Registry {
    private static final String PACKAGE = Registry.class.getPackageName();

    private Registry() {
    }

    public static List<Rule> rules() {
        return Rules.ALL;
    }

    /** The rules' descriptions, read from their pages once per process (a check and its warm-up both ask). */
    public static List<RuleMeta> metas() {
        return Metas.ALL;
    }

    /**
     * The rules' codes, in code order, without reading their pages: the command line is checked against them on the
     * main thread while the warm-up reads the pages ({@link #metas()}).
     */
    public static List<String> codes() {
        return Rules.CODES;
    }

    /** Every option some rule declares, each once, in the order of the first rule (by code) that reads it. */
    public static List<RuleOption<?>> options() {
        return Rules.OPTIONS;
    }

    /** The codes of the rules that declare {@code option}, sorted. */
    public static List<String> codesReading(RuleOption<?> option) {
        return Rules.ALL.stream().filter(r -> r.options().contains(option)).map(r -> r.info().code()).toList();
    }

    public static Rule byCode(String code) {
        return Rules.ALL.stream().filter(r -> r.info().code().equalsIgnoreCase(code)).findFirst().orElse(null);
    }

    private static final class Rules {
        static final List<Rule> ALL = discover();
        static final List<RuleOption<?>> OPTIONS = declaredOptions(ALL);
        static final List<String> CODES = ALL.stream().map(r -> r.info().code()).toList();
    }

    private static final class Metas {
        static final List<RuleMeta> ALL = Rules.ALL.stream().map(r -> RuleDocs.meta(r.info())).toList();
    }

    private static List<Rule> discover() {
        List<Rule> rules = new ArrayList<>();
        for (String className : classNames(codeSource())) {
            Class<?> type;
            try {
                type = Class.forName(className, false, Registry.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot load " + className, e);
            }
            if (type.isAnnotationPresent(RuleInfo.class)) {
                rules.add(instantiate(type));
            }
        }
        rules.sort(Comparator.comparing(r -> r.info().code()));
        return List.copyOf(rules);
    }

    private static Rule instantiate(Class<?> type) {
        if (!Rule.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalStateException(type.getName() + " has @RuleInfo but is not a concrete ElementRule or"
                    + " ProjectRule");
        }
        try {
            return (Rule) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException(type.getName() + " needs a public constructor without arguments", e);
        }
    }

    /** The jar or folder this package was loaded from. */
    private static Path codeSource() {
        try {
            return Path.of(Registry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the rule classes", e);
        }
    }

    /** The top-level classes of this package in {@code location}, a jar or a class folder, sorted. */
    static List<String> classNames(Path location) {
        String folder = PACKAGE.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(folder))) {
                    files.map(f -> folder + f.getFileName()).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(folder)).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rule classes in " + location, e);
        }
        return names.stream()
                .filter(n -> n.endsWith(".class") && n.indexOf('/', folder.length()) < 0 && !n.contains("$"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .toList();
    }

    private static List<RuleOption<?>> declaredOptions(List<Rule> rules) {
        Set<RuleOption<?>> options = new LinkedHashSet<>();
        Map<String, RuleOption<?>> byKey = new HashMap<>();
        for (Rule rule : rules) {
            for (RuleOption<?> option : rule.options()) {
                RuleOption<?> same = byKey.putIfAbsent(option.key(), option);
                if (same != null && same != option) {
                    throw new IllegalStateException(rule.info().code() + " declares its own option '" + option.key()
                            + "'; declare a shared option once and refer to it");
                }
                options.add(option);
            }
        }
        return List.copyOf(options);
    }
}
