package io.loclint.engine.model;

/**
 * One element the entry point registers.
 *
 * @param argument the {@code Definitions} keyword it came through: jobs, schedules, sensors, assets
 */
public record Registration(EntryPoint entryPoint, String argument, Reference reference) {
}
