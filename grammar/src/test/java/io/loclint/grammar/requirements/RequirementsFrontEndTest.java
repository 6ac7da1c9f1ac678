package io.loclint.grammar.requirements;

import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.loclint.grammar.requirements.RequirementLine.Kind.INCLUDE;
import static io.loclint.grammar.requirements.RequirementLine.Kind.INDEX_URL;
import static io.loclint.grammar.requirements.RequirementLine.Kind.OPTION;
import static io.loclint.grammar.requirements.RequirementLine.Kind.REQUIREMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RequirementsFrontEndTest {
    @Test
    void requirementsIncludesIndexesAndOptions() {
        String text = """
                # pinned for the deployment
                -r base.txt
                --constraint=constraints.txt
                -i https://pypi.org/simple
                --extra-index-url=https://mirror.internal/simple  # the mirror
                  dagster==1.8.13  # inline comment
                pkg @ https://host/pkg.whl#sha256=abc
                -e git+https://host/repo.git#egg=repo
                --pre

                --find-links
                """;
        assertEquals(List.of(
                        new RequirementLine(INCLUDE, "-r", "base.txt", new Span(2, 4, 2, 12)),
                        new RequirementLine(INCLUDE, "--constraint", "constraints.txt", new Span(3, 14, 3, 29)),
                        new RequirementLine(INDEX_URL, "-i", "https://pypi.org/simple", new Span(4, 4, 4, 27)),
                        new RequirementLine(INDEX_URL, "--extra-index-url", "https://mirror.internal/simple",
                                new Span(5, 19, 5, 49)),
                        new RequirementLine(REQUIREMENT, null, "dagster==1.8.13", new Span(6, 3, 6, 18)),
                        new RequirementLine(REQUIREMENT, null, "pkg @ https://host/pkg.whl#sha256=abc",
                                new Span(7, 1, 7, 38)),
                        new RequirementLine(OPTION, "-e", "git+https://host/repo.git#egg=repo", new Span(8, 4, 8, 38)),
                        new RequirementLine(OPTION, "--pre", null, new Span(9, 1, 9, 6)),
                        new RequirementLine(OPTION, "--find-links", null, new Span(11, 1, 11, 13))),
                RequirementsFrontEnd.parse(text).lines());
    }

    @Test
    void windowsLineEnds() {
        assertEquals(List.of(new RequirementLine(REQUIREMENT, null, "dagster", new Span(1, 1, 1, 8)),
                        new RequirementLine(REQUIREMENT, null, "pandas", new Span(2, 1, 2, 7))),
                RequirementsFrontEnd.parse("dagster\r\npandas\r\n").lines());
    }
}
