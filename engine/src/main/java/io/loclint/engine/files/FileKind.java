package io.loclint.engine.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import com.google.re2j.Pattern;

/** What front-end a file goes to. */
public enum FileKind {
    PYTHON("Python"), PYPROJECT("pyproject.toml"), TOML("TOML"), YAML("YAML"), HELM_TEMPLATE("Helm template"),
    DOCKERFILE("Dockerfile"), REQUIREMENTS("requirements"), DOTENV(".env"), SETUP_CFG("setup.cfg");

    /** Named like a Dockerfile but documentation, a build's ignore list or a script about it. */
    private static final Pattern NOT_DOCKERFILES = Pattern.compile("\\.(md|rst|txt|dockerignore|sh|json)$");

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    /** How messages name the kind: "Python file could not be parsed". */
    public String label() {
        return label;
    }

    /**
     * Classifies by name and place; null for files loclint does not read. A YAML file under a chart's
     * {@code templates/} folder is a Helm template, never YAML.
     */
    public static FileKind of(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".py") || lower.endsWith(".pyi")) {
            return PYTHON;
        }
        if (name.equals("pyproject.toml")) {
            return PYPROJECT;
        }
        if (name.equals("setup.cfg")) {
            return SETUP_CFG;
        }
        if (lower.endsWith(".toml")) {
            return TOML;
        }
        if (isUnderTemplates(relativePath) && (lower.endsWith(".yaml") || lower.endsWith(".yml")
                || lower.endsWith(".tpl") || lower.endsWith(".txt"))) {
            return HELM_TEMPLATE;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || isJinjaValues(lower)) {
            return YAML;
        }
        if ((lower.startsWith("dockerfile") || lower.endsWith(".dockerfile") || lower.startsWith("containerfile"))
                && !NOT_DOCKERFILES.matcher(lower).find()) {
            return DOCKERFILE;
        }
        if (lower.startsWith("requirements") && lower.endsWith(".txt")) {
            return REQUIREMENTS;
        }
        if (lower.equals(".env") || lower.startsWith(".env.") || lower.startsWith(".env-") || lower.endsWith(".env")) {
            return DOTENV;
        }
        return null;
    }

    /**
     * Classifies a file on disk: a file under a {@code templates/} folder is a Helm template only when that
     * folder's parent holds a {@code Chart.yaml}; elsewhere (a CI workflow's templates, a scaffold) it is plain YAML,
     * or nothing loclint reads.
     */
    public static FileKind of(String relativePath, Path file) {
        FileKind kind = of(relativePath);
        if (kind != HELM_TEMPLATE || inChartTemplates(relativePath, file)) {
            return kind;
        }
        String lower = relativePath.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : null;
    }

    private static boolean inChartTemplates(String relativePath, Path file) {
        String[] folders = relativePath.split("/");
        Path dir = file.getParent();
        for (int i = folders.length - 2; i >= 0 && dir != null; i--, dir = dir.getParent()) {
            if (folders[i].equals("templates") && dir.getParent() != null
                    && Files.isRegularFile(dir.getParent().resolve("Chart.yaml"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code values.yaml.j2}: Helm values rendered by Jinja, read as YAML where the template parses as YAML. */
    public static boolean isJinjaValues(String path) {
        String lower = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return lower.startsWith("values") && (lower.endsWith(".yaml.j2") || lower.endsWith(".yml.j2"));
    }

    private static boolean isUnderTemplates(String relativePath) {
        return relativePath.startsWith("templates/") || relativePath.contains("/templates/");
    }
}
