package io.loclint.engine.model.images;

/**
 * An image reference split the way Docker reads it: {@code registry:5000/team/app:1.2.3@sha256:...}. The one
 * parser the Dockerfile, Helm and manifest readers share.
 *
 * @param tag    null when none is written (which means {@code latest})
 * @param digest null when none is written
 */
record ImageName(String repository, String tag, String digest) {

    static ImageName parse(String reference) {
        String text = reference.strip();
        String digest = null;
        int at = text.indexOf('@');
        if (at >= 0) {
            digest = text.substring(at + 1);
            text = text.substring(0, at);
        }
        String tag = null;
        int colon = text.lastIndexOf(':');
        if (colon > text.lastIndexOf('/')) {
            tag = text.substring(colon + 1);
            text = text.substring(0, colon);
        }
        return new ImageName(text, tag, digest);
    }

    /** Still holds a template or variable that was not resolved, so nothing can be said about it. */
    static boolean unresolved(String reference) {
        return reference.contains("${") || reference.contains("{{") || reference.contains("$(")
                || reference.matches(".*\\$[A-Za-z_].*");
    }
}
