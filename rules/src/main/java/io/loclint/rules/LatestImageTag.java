package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.images.ImageReference;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "IMG001", name = "latest-image-tag", severity = Severity.ERROR, guide = "3",
        summary = "An image reference uses the latest tag.",
        // 7.0: an unpinned deployment; precision very-high: `latest` is read straight from the text
        tags = {"images", "security"}, securitySeverity = "7.0", precision = "very-high")
public final class LatestImageTag implements ElementRule<ImageReference> {
    @Override
    public Class<ImageReference> elementType() {
        return ImageReference.class;
    }

    @Override
    public void check(ImageReference image, RuleContext context) {
        if (ImageTags.isLatest(image)) {
            context.report(image.path(), image.span(),
                    "image '" + image.shown() + "' uses the tag 'latest' (" + image.origin() + "); the guide requires"
                            + " a semantic version or commit SHA so deployments are repeatable and can be rolled back",
                    "image:" + image.origin(),
                    "pin a release tag such as 1.4.2 or the commit SHA the image was built from");
        }
    }
}
