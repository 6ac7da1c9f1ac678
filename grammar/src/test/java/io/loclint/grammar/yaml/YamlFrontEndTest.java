package io.loclint.grammar.yaml;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlFrontEndTest {
    @Test
    void multiDocumentWithPositions() {
        YamlDocuments docs = YamlFrontEnd.parse("""
                apiVersion: apps/v1
                kind: Deployment
                ---
                image:
                  repository: gitea.example.org/team/app
                  tag: "1.2.3"
                """);
        assertEquals(List.of(), docs.problems());
        assertEquals(2, docs.documents().size());
        YamlNode.Mapping second = assertInstanceOf(YamlNode.Mapping.class, docs.documents().get(1));
        YamlNode.Mapping image = assertInstanceOf(YamlNode.Mapping.class, second.get("image"));
        YamlNode.Scalar tag = assertInstanceOf(YamlNode.Scalar.class, image.get("tag"));
        assertEquals("1.2.3", tag.value());
        assertTrue(tag.quoted());
        assertEquals(new Span(6, 8, 6, 15), tag.span());
    }

    @Test
    void unicodeLineSeparatorsDoNotShiftLines() {
        YamlDocuments docs = YamlFrontEnd.parse("a: \"x\u2028y\"\nb: 2\n");
        YamlNode.Mapping map = assertInstanceOf(YamlNode.Mapping.class, docs.documents().get(0));
        assertEquals(new Span(2, 4, 2, 5), map.get("b").span());
    }

    @Test
    void tagsAreNotProblems() {
        YamlDocuments docs = YamlFrontEnd.parse("""
                markdown_extensions:
                  - pymdownx.emoji:
                      emoji_generator: !!python/name:material.extensions.emoji.to_svg
                Resources:
                  Bucket: !Ref DataBucket
                  Name: !Sub "${AWS::StackName}-data"
                """);
        assertEquals(List.of(), docs.problems());
        YamlNode.Mapping root = assertInstanceOf(YamlNode.Mapping.class, docs.documents().get(0));
        YamlNode.Mapping resources = assertInstanceOf(YamlNode.Mapping.class, root.get("Resources"));
        YamlNode.Scalar ref = assertInstanceOf(YamlNode.Scalar.class, resources.get("Bucket"));
        assertEquals("DataBucket", ref.value());
        assertEquals("!Ref", ref.tag());
    }

    @Test
    void tabIndentationIsAProblemAtItsLine() {
        YamlDocuments docs = YamlFrontEnd.parse("settings:\n  retries: 3\n\tbackoff: 10\n");
        assertEquals(1, docs.problems().size());
        assertEquals(3, docs.problems().get(0).span().startLine());
        assertTrue(docs.problems().get(0).message().startsWith("invalid YAML: "));
    }

    @Test
    void aliasBombIsStopped() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        YamlDocuments docs = YamlFrontEnd.parse(bomb.toString());
        assertEquals(1, docs.problems().size());
    }

    @Test
    void recursiveAliasIsAProblemNotAHang() {
        YamlDocuments docs = YamlFrontEnd.parse("a: &a [1, *a]\nb: &b {x: *b}\n");
        assertEquals(1, docs.problems().size());
        assertTrue(docs.problems().get(0).message().contains("recursive"), docs.problems().get(0).message());
    }

    @Test
    void sharedAliasesAreNotCycles() {
        YamlDocuments docs = YamlFrontEnd.parse("base: &base {k: v}\none: *base\ntwo: [*base, *base]\n");
        assertEquals(List.of(), docs.problems());
    }

    @Test
    void deepNestingIsAProblemNotACrash() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        YamlDocuments docs = YamlFrontEnd.parse(deep);
        assertEquals(1, docs.problems().size());
    }

    @Test
    void documentsBeforeAnErrorAreKept() {
        YamlDocuments docs = YamlFrontEnd.parse("a: 1\n---\nb: [\n");
        assertEquals(1, docs.documents().size());
        assertEquals(1, docs.problems().size());
    }

    /** A list of {@code n} one-character scalars: n + 1 nodes, item i on line i + 1. */
    private static String listOf(long n) {
        return "- a\n".repeat(Math.toIntExact(n));
    }

    @Test
    void aFileOfAsManyNodesAsTheCapIsRead() {
        YamlDocuments docs = YamlFrontEnd.parse(listOf(YamlFrontEnd.MAX_NODES - 1));
        assertEquals(List.of(), docs.problems());
        assertEquals(YamlFrontEnd.MAX_NODES - 1,
                ((YamlNode.Sequence) docs.documents().get(0)).items().size());
    }

    /** Counted while composing: the file is refused at the node over the cap, before the rest of it is built. */
    @Test
    void aFileOfMoreNodesThanTheCapIsTooLargeToAnalyse() {
        YamlDocuments docs = YamlFrontEnd.parse(listOf(YamlFrontEnd.MAX_NODES) + "- {k: v}\n".repeat(100_000));
        assertEquals(List.of(), docs.documents());
        ParseProblem refusal = new ParseProblem(Span.point(Math.toIntExact(YamlFrontEnd.MAX_NODES), 3),
                "too large to analyse (more than 200000 YAML nodes)");
        assertEquals(List.of(refusal), docs.problems());
        assertTrue(YamlFrontEnd.isTooLarge(refusal));
        assertTrue(!YamlFrontEnd.isTooLarge(YamlFrontEnd.parse("a: [\n").problems().get(0)));
    }

    /** Nodes of every document count: splitting a file into documents does not reset the cap. */
    @Test
    void theCapIsPerFileNotPerDocument() {
        String half = listOf(YamlFrontEnd.MAX_NODES / 2);
        YamlDocuments docs = YamlFrontEnd.parse(half + "---\n" + half);
        // each half is half the cap plus its sequence node: the second passes the cap at its last item
        assertEquals(1, docs.documents().size());
        assertEquals(List.of(YamlFrontEnd.TOO_LARGE), docs.problems().stream().map(ParseProblem::message).toList());
    }
}
