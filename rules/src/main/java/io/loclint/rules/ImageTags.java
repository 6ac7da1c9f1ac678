package io.loclint.rules;

import io.loclint.engine.model.images.ImageReference;

import com.google.re2j.Pattern;

/** The tag policy of the guide (section 3): the three IMG rules' one reading of a reference. */
final class ImageTags {
    /** Minor and patch may have leading zeros: calendar versions such as Ubuntu's {@code 24.04} are release lines too. */
    private static final Pattern SEMVER = Pattern.compile(
            "^v?(0|[1-9][0-9]*)\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]+)?$");
    /**
     * A major version with a suffix, where tags such as bitnami's pin the release: {@code 11-debian-11-r96} is the
     * immutable build r96 of version 11. A bare major ({@code 16}) stays out: it is the moving line of every 16.x,
     * and the catalog's shortest version is major.minor.
     */
    private static final Pattern MAJOR_WITH_SUFFIX = Pattern.compile("^v?(0|[1-9][0-9]*)[-+][0-9A-Za-z.+-]+$");
    private static final Pattern COMMIT = Pattern.compile("^[0-9a-f]{7,40}$");

    private ImageTags() {
    }

    static boolean isLatest(ImageReference image) {
        return "latest".equals(image.tag()) && image.digest() == null;
    }

    static boolean isUntagged(ImageReference image) {
        return (image.tag() == null || image.tag().isEmpty()) && image.digest() == null;
    }

    static boolean isReleaseTag(String tag) {
        return SEMVER.matcher(tag).matches() || MAJOR_WITH_SUFFIX.matcher(tag).matches()
                || COMMIT.matcher(tag).matches();
    }
}
