package io.loclint.grammar.helm;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelmTemplateFrontEndTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ include "chart.fullname" . }}  # the release's name
            spec:
              template:
                spec:
                  {{- with .Values.nodeSelector }}
                  nodeSelector:
                    {{- toYaml . | nindent 8 }}
                  {{- end }}
                  containers:
                    - name: app
                      image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
                    - name: sidecar
                      image: {{ printf "%s:%s" $.Values.sidecar.repository (default "latest" .Values.sidecar.tag) | quote }}
            {{/* a comment */}}
            """;

    @Test
    void actionsWithPipelinesAndPositions() {
        HelmTemplate t = HelmTemplateFrontEnd.parse(DEPLOYMENT);
        assertEquals(List.of(), t.problems());
        List<HelmAction> line14 = t.actionsOn(14);
        assertEquals(2, line14.size());
        HelmTerm.FieldChain repository = assertInstanceOf(HelmTerm.FieldChain.class,
                line14.get(0).pipeline().commands().get(0).terms().get(0));
        assertEquals("Values.image.repository", repository.path());
        assertTrue(repository.readsValues());
        assertEquals(new Span(14, 19, 14, 49), line14.get(0).span());
        HelmPipeline tag = line14.get(1).pipeline();
        assertEquals(2, tag.commands().size());
        assertEquals("default", tag.commands().get(1).function());
        HelmTerm.FieldChain appVersion = assertInstanceOf(HelmTerm.FieldChain.class,
                tag.commands().get(1).terms().get(1));
        assertEquals("Chart.AppVersion", appVersion.path());
        assertEquals("          image: \"" + " ".repeat(30) + ":" + " ".repeat(51) + "\"", t.textOutsideActions(14));
    }

    @Test
    void keywordsTrimMarkersAndComments() {
        HelmTemplate t = HelmTemplateFrontEnd.parse(DEPLOYMENT);
        HelmAction with = t.actionsOn(8).get(0);
        assertEquals("with", with.keyword());
        assertTrue(with.trimLeft());
        assertEquals("Values.nodeSelector",
                ((HelmTerm.FieldChain) with.pipeline().commands().get(0).terms().get(0)).path());
        HelmAction end = t.actionsOn(11).get(0);
        assertEquals("end", end.keyword());
        assertNull(end.pipeline());
        HelmAction comment = t.actionsOn(17).get(0);
        assertEquals("a comment", comment.comment());
        assertEquals(List.of(new HelmTemplate.TextComment(" the release's name", new Span(4, 43, 4, 63))),
                t.comments());
    }

    @Test
    void nestedPipelinesAndDollarRoot() {
        HelmTemplate t = HelmTemplateFrontEnd.parse(DEPLOYMENT);
        HelmPipeline sidecar = t.actionsOn(16).get(0).pipeline();
        List<String> paths = sidecar.allTerms().stream().filter(x -> x instanceof HelmTerm.FieldChain)
                .map(x -> ((HelmTerm.FieldChain) x).root() + ((HelmTerm.FieldChain) x).path()).toList();
        assertEquals(List.of("$Values.sidecar.repository", ".Values.sidecar.tag"), paths);
        assertTrue(sidecar.allTerms().stream().anyMatch(x -> x instanceof HelmTerm.StringLit s
                && s.value().equals("latest") && s.span().startLine() == 16), sidecar.allTerms().toString());
        assertEquals("quote", sidecar.commands().get(1).function());
    }

    @Test
    void variablesAndRange() {
        HelmTemplate t = HelmTemplateFrontEnd.parse("{{- range $i, $e := .Values.items }}\n- {{ $e.name }}\n{{- end }}\n");
        assertEquals(List.of(), t.problems());
        assertEquals("range", t.actions().get(0).keyword());
        assertEquals("$e", t.actions().get(0).pipeline().declaredVariable());
        HelmTerm.FieldChain name = (HelmTerm.FieldChain) t.actions().get(1).pipeline().commands().get(0).terms().get(0);
        assertEquals("$e", name.root());
        assertEquals(List.of("name"), name.fields());
    }

    @Test
    void aTrimMarkerAfterSeveralSpacesClosesTheAction() {
        HelmTemplate t = HelmTemplateFrontEnd.parse("{{- $name := include \"x.name\" .  -}}\n{{ $name }}\n");
        assertEquals(List.of(), t.problems());
        assertTrue(t.actions().get(0).trimRight());
        assertEquals("$name", t.actions().get(0).pipeline().declaredVariable());
    }

    @Test
    void theValueTextOfALineLeavesItsTrailingCommentOut() {
        HelmTemplate t = HelmTemplateFrontEnd.parse("""
                image: nginx:latest # TODO pin
                image: "a#b"  # loclint: ignore[IMG002]
                image: {{ .Values.x }}:1.2 # pinned
                """);
        assertEquals("image: nginx:latest", t.textOutsideActionsAndComments(1));
        assertEquals("image: \"a#b\"", t.textOutsideActionsAndComments(2));
        assertEquals("image:                :1.2", t.textOutsideActionsAndComments(3));
    }

    @Test
    void nonAsciiBeforeAnActionKeepsUtf16Columns() {
        HelmTemplate t = HelmTemplateFrontEnd.parse("label: \"café 🎉\" {{ .Values.x }}\n");
        assertEquals(new Span(1, 18, 1, 33), t.actions().get(0).span());
    }

    @Test
    void unbalancedOpenCostsOnlyItself() {
        HelmTemplate t = HelmTemplateFrontEnd.parse("""
                image: "{{ .Values.image.repository }}:{{ .Values.image.tag"
                name: {{ include "x" . }}
                tag: {{ .Values.tag | quote }}
                """);
        assertEquals(List.of(new ParseProblem(new Span(1, 40, 1, 42), "'{{' is never closed with '}}'")), t.problems());
        assertEquals(List.of(1, 2, 3), t.actions().stream().map(a -> a.span().startLine()).toList());
    }

    @Test
    void unterminatedStringAndBadCharacters() {
        HelmTemplate t = HelmTemplateFrontEnd.parse("a: {{ default \"latest .Values.tag }}\nb: {{ .Values.b ; }}\nc: {{ .Values.c }}\n");
        // the unterminated string runs to the end of its line, so its action never closes: reported, and the
        // actions after it are still found
        assertEquals(List.of(new ParseProblem(new Span(1, 4, 1, 6), "'{{' is never closed with '}}'"),
                new ParseProblem(new Span(2, 17, 2, 18), "unexpected character in a template action")), t.problems());
        assertEquals(2, t.actions().size());
        assertEquals("Values.c", ((HelmTerm.FieldChain) t.actions().get(1).pipeline().commands().get(0).terms().get(0)).path());
    }

    @Test
    void emptyDeepAndRandomInputNeverThrow() {
        assertEquals(0, HelmTemplateFrontEnd.parse("").actions().size());
        HelmTemplate deep = HelmTemplateFrontEnd.parse("{{ " + "(".repeat(10_000) + ".x" + ")".repeat(10_000) + " }}\n");
        assertEquals(1, deep.problems().size());
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(200); k > 0; k--) {
                String alphabet = "{}|()\"$.a -\n`'x1 ";
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            HelmTemplateFrontEnd.parse(text.toString());
        }
    }

    /** Every action of a 100k-line template is found; speed is measured by bench/, not asserted here. */
    @Test
    void largeTemplateParsesCompletely() {
        String big = "value: {{ .Values.a.b | default \"x\" | quote }}  # note\n".repeat(100_000);
        HelmTemplate t = HelmTemplateFrontEnd.parse(big);
        assertEquals(100_000, t.actions().size());
        assertEquals(100_000, t.comments().size());
        assertEquals(List.of(), t.problems());
    }
}
