package io.loclint.engine.files;

import java.util.Locale;

/** What front-end a file goes to. */
public enum FileKind {
    PYTHON("Python"), PYPROJECT("pyproject.toml"), TOML("TOML"), YAML("YAML"), HELM_TEMPLATE("Helm template"),
    DOCKERFILE("Dockerfile"), REQUIREMENTS("requirements"), DOTENV(".env"), SETUP_CFG("setup.cfg");

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
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        if (lower.equals("dockerfile") || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile")
                || lower.equals("containerfile")) {
            return DOCKERFILE;
        }
        if (lower.startsWith("requirements") && lower.endsWith(".txt")) {
            return REQUIREMENTS;
        }
        if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) {
            return DOTENV;
        }
        return null;
    }

    private static boolean isUnderTemplates(String relativePath) {
        return relativePath.startsWith("templates/") || relativePath.contains("/templates/");
    }
}
