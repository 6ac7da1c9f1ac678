package io.loclint.grammar.docker;

import io.loclint.grammar.Span;

import java.util.List;
import java.util.Locale;

/**
 * {@code FROM [--platform=p] image[:tag|@digest] [AS name]}.
 *
 * @param image     the image word as written (may hold {@code ${VAR}}), null when the instruction names none
 * @param stageName the {@code AS} name, or null
 */
public record FromInstruction(DockerInstruction instruction, String platform, DockerWord image, String stageName,
                              Span stageSpan) {

    public static FromInstruction of(DockerInstruction instruction) {
        List<DockerWord> operands = instruction.operands();
        DockerWord image = operands.isEmpty() ? null : operands.get(0);
        String stage = null;
        Span stageSpan = null;
        if (operands.size() >= 3 && operands.get(1).value().toLowerCase(Locale.ROOT).equals("as")) {
            stage = operands.get(2).value();
            stageSpan = operands.get(2).span();
        }
        return new FromInstruction(instruction, instruction.flag("platform"), image, stage, stageSpan);
    }
}
