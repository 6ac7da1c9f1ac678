package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.images.ImageReference;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "IMG002", name = "untagged-image", severity = Severity.ERROR, guide = "3",
        summary = "An image reference with no tag and no digest (an implicit latest).",
        // 7.0: an unpinned deployment; precision high: no tag at all is an implicit `latest`
        tags = {"images", "security"}, securitySeverity = "7.0", precision = "high")
public final class UntaggedImage implements ElementRule<ImageReference> {
    @Override
    public Class<ImageReference> elementType() {
        return ImageReference.class;
    }

    @Override
    public void check(ImageReference image, RuleContext context) {
        if (ImageTags.isUntagged(image)) {
            String what = image.tag() == null ? "has no tag and no digest" : "has an empty tag and no fallback";
            context.report(image.path(), image.span(),
                    "image '" + image.shown() + "' " + what + " (" + image.origin() + "), so it resolves to 'latest'",
                    "image:" + image.origin(),
                    "give it an explicit tag (a semantic version or commit SHA) or a digest");
        }
    }
}
