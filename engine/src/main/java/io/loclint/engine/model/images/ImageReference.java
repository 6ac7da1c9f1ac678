package io.loclint.engine.model.images;

import io.loclint.grammar.Span;

/**
 * An image a code location builds from or deploys, traced to the place a person would change its tag.
 *
 * @param path     the file to fix: a Dockerfile (its FROM or ARG line), a values file, Chart.yaml, a manifest, or
 *                 the template itself when the template hard-codes the tag
 * @param span     the line that sets the tag (or the image, when it has no tag)
 * @param shown    the image as written or resolved, for messages, e.g. {@code python:latest}
 * @param tag      the effective tag: null when none is set (implicit latest), "" when set empty with no fallback
 * @param digest   the digest, or null
 * @param deployed deployed by a chart or manifest (tag policy applies), rather than a build's base image
 * @param origin   how the tag was found, for messages: "FROM", "ARG PY_IMAGE", "values key image.tag" ...
 */
public record ImageReference(String path, Span span, String shown, String tag, String digest, boolean deployed,
                             String origin) {
}
