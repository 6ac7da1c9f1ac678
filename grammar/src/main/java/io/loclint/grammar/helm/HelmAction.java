package io.loclint.grammar.helm;

import io.loclint.grammar.Span;

/**
 * One {@code {{ ... }}}.
 *
 * @param comment  the text of a {@code {{/* ... *&#47;}}} comment, else null
 * @param keyword  if, else, else if, end, range, with, define, template, block; null for a plain pipeline
 * @param pipeline what follows the keyword; null for comments, {@code end}, and actions that did not parse
 */
public record HelmAction(Span span, boolean trimLeft, boolean trimRight, String comment, String keyword,
                         HelmPipeline pipeline) {
}
