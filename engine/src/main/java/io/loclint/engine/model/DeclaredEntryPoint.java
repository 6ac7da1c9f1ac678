package io.loclint.engine.model;

/**
 * An entry point that a workspace file, {@code dagster_cloud.yaml}, {@code [tool.dagster]} or {@code [tool.dg]}
 * names in this code location: the module a loader is told to load.
 *
 * @param named      the module name or file path as the declaration writes it
 * @param module     the qualified name of the module it names in this location, or null when the location holds
 *                   no such module or file
 * @param declaredAt where the declaration names it
 * @param declaredBy how a message names the declaration: {@code workspace module_name},
 *                   {@code [tool.dagster] module_name}, {@code dagster_cloud.yaml python_file}
 */
public record DeclaredEntryPoint(String named, String module, FileSpan declaredAt, String declaredBy) {
}
