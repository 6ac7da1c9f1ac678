package io.loclint.grammar.docker;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DockerfileFrontEndTest {
    @Test
    void fromFormsWithExactImagePositions() {
        DockerFile file = DockerfileFrontEnd.parse("""
                ARG PY_IMAGE=python:latest
                FROM python:3.12-slim
                FROM --platform=$BUILDPLATFORM ghcr.io/org/builder:1.4 AS builder
                from repo/app@sha256:abc123
                FROM ${PY_IMAGE}
                FROM builder
                """);
        assertEquals(List.of(), file.problems());
        List<FromInstruction> froms = file.all("FROM").stream().map(FromInstruction::of).toList();
        assertEquals("python:3.12-slim", froms.get(0).image().value());
        assertEquals(new Span(2, 6, 2, 22), froms.get(0).image().span());
        assertEquals("$BUILDPLATFORM", froms.get(1).platform());
        assertEquals("ghcr.io/org/builder:1.4", froms.get(1).image().value());
        assertEquals(new Span(3, 32, 3, 55), froms.get(1).image().span());
        assertEquals("builder", froms.get(1).stageName());
        assertEquals(new Span(3, 59, 3, 66), froms.get(1).stageSpan());
        assertEquals("repo/app@sha256:abc123", froms.get(2).image().value());
        assertEquals("${PY_IMAGE}", froms.get(3).image().value());
        ArgInstruction arg = DockerVariables.globalArgs(file).get("PY_IMAGE");
        assertEquals("python:latest", arg.defaultValue());
        assertEquals(new Span(1, 14, 1, 27), arg.valueSpan());
        assertEquals("python:latest", DockerVariables.substitute(froms.get(3).image().value(),
                Map.of("PY_IMAGE", arg.defaultValue())));
    }

    @Test
    void continuationsJoinLinesAndDropCommentLines() {
        DockerFile file = DockerfileFrontEnd.parse("""
                RUN apt-get update \\
                # a comment Docker drops
                    && apt-get install -y curl \\

                    && rm -rf /var/lib/apt/lists/*
                CMD ["dagster", "api", "grpc"]
                """);
        assertEquals(List.of(), file.problems());
        DockerInstruction run = file.instructions().get(0);
        assertEquals("RUN", run.keyword());
        assertEquals("apt-get update     && apt-get install -y curl     && rm -rf /var/lib/apt/lists/*",
                run.arguments());
        assertEquals(new Span(1, 1, 5, 35), run.span());
        DockerWord curl = run.words().stream().filter(w -> w.value().equals("curl")).findFirst().orElseThrow();
        assertEquals(new Span(3, 27, 3, 31), curl.span());
        assertEquals("[\"dagster\", \"api\", \"grpc\"]", file.instructions().get(1).arguments());
        // a comment inside a continuation is part of the instruction's text, not a comment line of the file
        assertEquals(List.of(), file.comments());
    }

    @Test
    void envBothFormsWithQuotes() {
        DockerFile file = DockerfileFrontEnd.parse("""
                ENV DB_HOST=db.internal DB_NAME="orders db" EMPTY=
                ENV LEGACY_KEY legacy value here
                """);
        List<EnvPair> first = EnvPair.of(file.instructions().get(0));
        assertEquals(List.of("DB_HOST", "DB_NAME", "EMPTY"), first.stream().map(EnvPair::key).toList());
        assertEquals(List.of("db.internal", "orders db", ""), first.stream().map(EnvPair::value).toList());
        assertEquals(new Span(1, 13, 1, 24), first.get(0).valueSpan());
        assertEquals(new Span(1, 33, 1, 44), first.get(1).valueSpan());
        List<EnvPair> legacy = EnvPair.of(file.instructions().get(1));
        assertEquals("LEGACY_KEY", legacy.get(0).key());
        assertEquals("legacy value here", legacy.get(0).value());
        assertEquals(new Span(2, 16, 2, 33), legacy.get(0).valueSpan());
    }

    @Test
    void backtickEscapeDirective() {
        DockerFile file = DockerfileFrontEnd.parse("# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir C:\\ `\n  && echo done\n");
        assertEquals(Map.of("escape", "`"), file.directives());
        assertEquals(List.of(), file.problems());
        assertEquals("dir C:\\   && echo done", file.instructions().get(1).arguments());
    }

    @Test
    void aBadLineIsAProblemAndLaterInstructionsStillParse() {
        DockerFile file = DockerfileFrontEnd.parse("FROM python:3.12\nFROBNICATE now\n{{ .Values.x }}\nUSER app\n");
        assertEquals(List.of(
                new ParseProblem(new Span(2, 1, 2, 11), "unknown instruction"),
                new ParseProblem(new Span(3, 1, 3, 16), "expected an instruction")),
                file.problems());
        assertEquals(List.of("FROM", "USER"), file.instructions().stream().map(DockerInstruction::keyword).toList());
    }

    @Test
    void heredocBodiesAreNotInstructions() {
        DockerFile file = DockerfileFrontEnd.parse("FROM python:3.12\nRUN <<EOF\nset -e\npip install .\nEOF\nUSER app\n");
        assertEquals(List.of(), file.problems());
        assertEquals(List.of("FROM", "RUN", "USER"), file.instructions().stream().map(DockerInstruction::keyword).toList());
    }

    @Test
    void substitution() {
        Map<String, String> vars = Map.of("A", "x", "EMPTY", "");
        assertEquals("x", DockerVariables.substitute("$A", vars));
        assertEquals("x-y", DockerVariables.substitute("${A}-y", vars));
        assertEquals("d", DockerVariables.substitute("${MISSING:-d}", vars));
        assertEquals("d", DockerVariables.substitute("${EMPTY:-d}", vars));
        assertEquals("", DockerVariables.substitute("${EMPTY-d}", vars));
        assertEquals("alt", DockerVariables.substitute("${A:+alt}", vars));
        assertEquals("", DockerVariables.substitute("${MISSING:+alt}", vars));
        assertEquals("$A", DockerVariables.substitute("\\$A", vars));
        assertEquals(List.of("PY_IMAGE", "TAG"), DockerVariables.references("${PY_IMAGE}:$TAG"));
    }

    @Test
    void emptyEndlessAndRandomInputNeverThrow() {
        assertEquals(0, DockerfileFrontEnd.parse("").instructions().size());
        String endless = "FROM python:3.12\nRUN echo \\\n" + "  && echo x \\\n".repeat(10_000);
        DockerFile file = DockerfileFrontEnd.parse(endless);
        assertEquals(2, file.instructions().size());
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            char[] chars = new char[random.nextInt(300)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) random.nextInt(0x3000);
            }
            DockerfileFrontEnd.parse(new String(chars));
        }
        assertNull(FromInstruction.of(DockerfileFrontEnd.parse("FROM --platform=linux/amd64\n").instructions().get(0)).image());
    }
}
