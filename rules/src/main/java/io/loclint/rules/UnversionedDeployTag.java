package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.images.ImageReference;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "IMG003", name = "unversioned-deploy-tag", severity = Severity.WARNING, guide = "3",
        summary = "A deployed image's tag is neither a semantic version, a commit SHA, nor a digest.",
        // 5.0: a tag that may move; precision medium: whether a tag name (`dev`, `main`) moves is a judgement
        tags = {"images", "security"}, securitySeverity = "5.0", precision = "medium")
public final class UnversionedDeployTag implements ElementRule<ImageReference> {
    @Override
    public Class<ImageReference> elementType() {
        return ImageReference.class;
    }

    @Override
    public void check(ImageReference image, RuleContext context) {
        if (!image.deployed() || image.digest() != null || image.tag() == null || image.tag().isEmpty()
                || ImageTags.isLatest(image) || ImageTags.isReleaseTag(image.tag())) {
            return;
        }
        context.report(image.path(), image.span(),
                "deployed image '" + image.shown() + "' has the tag '" + image.tag() + "' (" + image.origin()
                        + "), neither a semantic version nor a commit SHA, so it can point at different builds over time",
                "image:" + image.origin(),
                "deploy a release tag such as 1.4.2 or the commit SHA, as the guide's tagging policy asks");
    }
}
