package io.loclint.engine.model;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-level modules a distribution provides, for the distributions whose modules are not just their normalised
 * name ({@code PyYAML} provides {@code yaml}, {@code pymongo} also {@code bson} and {@code gridfs}). Two built-in
 * lists: module-map.tsv, generated from the metadata of Debian's python3-* packages by
 * scripts/module-map/generate.sh, and module-map-extra.tsv, kept by hand for what Debian does not package under the
 * PyPI name; plus the families whose members all install into one namespace package.
 */
public final class DistributionModules {
    private static final Map<String, Set<String>> KNOWN = load();
    /**
     * Namespace families: every {@code google-cloud-*} installs into {@code google}, every {@code azure-*} into
     * {@code azure}, every {@code dbt-*} adapter into {@code dbt}, and so on, so no list of members is needed.
     */
    private static final Map<String, String> FAMILIES = Map.of(
            "google-cloud-", "google",
            "azure-", "azure",
            "opentelemetry-", "opentelemetry",
            "backports-", "backports",
            "jaraco-", "jaraco",
            "zope-", "zope",
            "sphinxcontrib-", "sphinxcontrib",
            "apache-airflow-providers-", "airflow",
            "snowflake-", "snowflake",
            "dbt-", "dbt");

    private DistributionModules() {
    }

    /**
     * What a distribution provides besides (or instead of) its normalised name.
     *
     * @param distribution normalised (PEP 503)
     */
    public static Set<String> of(String distribution) {
        Set<String> modules = new LinkedHashSet<>(KNOWN.getOrDefault(distribution, Set.of()));
        FAMILIES.forEach((prefix, module) -> {
            if (distribution.startsWith(prefix)) {
                modules.add(module);
            }
        });
        return modules;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> map = new HashMap<>();
        for (String resource : List.of("module-map.tsv", "module-map-extra.tsv")) {
            for (String line : ResourceLines.read(resource)) {
                String[] columns = line.split("\t", 2);
                Set<String> modules = map.computeIfAbsent(Requirement.normalise(columns[0].strip()),
                        k -> new LinkedHashSet<>());
                for (String module : columns[1].split(",")) {
                    modules.add(module.strip());
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((distribution, modules) -> frozen.put(distribution, Set.copyOf(modules)));
        return Map.copyOf(frozen);
    }
}
