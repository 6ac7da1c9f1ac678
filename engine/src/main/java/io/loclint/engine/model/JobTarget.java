package io.loclint.engine.model;

/**
 * A job that a schedule or sensor targets or monitors.
 *
 * @param keyword how: {@code job}, {@code job_name}, {@code jobs}, {@code monitored_jobs}, {@code request_job},
 *                or {@code partitioned_job} for {@code build_schedule_from_partitioned_job}
 */
public record JobTarget(DagsterDefinition source, String keyword, Reference reference) {
}
