package io.loclint.grammar;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.loclint.grammar.docker.DockerFile;
import io.loclint.grammar.docker.DockerInstruction;
import io.loclint.grammar.docker.DockerfileFrontEnd;
import io.loclint.grammar.dotenv.DotenvEntry;
import io.loclint.grammar.dotenv.DotenvFrontEnd;
import io.loclint.grammar.helm.HelmAction;
import io.loclint.grammar.helm.HelmTemplate;
import io.loclint.grammar.helm.HelmTemplateFrontEnd;
import io.loclint.grammar.python.PyFile;
import io.loclint.grammar.python.PyFunction;
import io.loclint.grammar.python.PythonFrontEnd;
import io.loclint.grammar.requirements.RequirementsFrontEnd;
import io.loclint.grammar.toml.TomlDocument;
import io.loclint.grammar.toml.TomlFrontEnd;
import io.loclint.grammar.yaml.YamlDocuments;
import io.loclint.grammar.yaml.YamlFrontEnd;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzz tests of every front-end. In a normal test run they replay the checked-in inputs under
 * {@code src/test/resources/io/loclint/grammar/FrontEndFuzzTestInputs/<method>/} (regression mode); with
 * {@code JAZZER_FUZZ=1} they fuzz, and any crash is saved there as a new regression input (see fuzz/campaign.sh).
 * Every input is decoded the way files are, so invalid UTF-8 is exercised as well.
 */
class FrontEndFuzzTest {
    private static String text(byte[] bytes) {
        SourceText.Decoded decoded = SourceText.decode(bytes);
        // what a file that is not UTF-8 would look like if a front-end were handed it anyway, line ends as decoded
        return decoded.ok() ? decoded.text() : SourceText.withLoneCarriageReturnsAsNewlines(
                new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static void within(Span span, String text) {
        int lines = new SourceText.LineIndex(text).lineCount();
        assertTrue(span.startLine() >= 1 && span.startLine() <= lines + 1, () -> "start line out of range: " + span);
        assertTrue(span.startColumn() >= 1, () -> "start column out of range: " + span);
        assertTrue(span.endLine() >= span.startLine(), () -> "end before start: " + span);
    }

    @FuzzTest(maxDuration = "10m")
    void python(byte[] input) {
        String text = text(input);
        PyFile file = PythonFrontEnd.parse(text);
        assertNotNull(file);
        file.problems().forEach(p -> within(p.span(), text));
        for (PyFunction f : file.functions()) {
            within(f.nameSpan(), text);
        }
        file.bindings().forEach(b -> within(b.value().span(), text));
    }

    @FuzzTest(maxDuration = "10m")
    void toml(byte[] input) {
        String text = text(input);
        TomlDocument doc = TomlFrontEnd.parse(text);
        doc.problems().forEach(p -> within(p.span(), text));
        doc.stringsOf("project.dependencies").forEach(s -> within(s.span(), text));
        doc.strings().forEach(s -> within(s.span(), text));
    }

    @FuzzTest(maxDuration = "10m")
    void dotenv(byte[] input) {
        String text = text(input);
        for (DotenvEntry entry : DotenvFrontEnd.parse(text).entries()) {
            within(entry.keySpan(), text);
            within(entry.valueSpan(), text);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void requirements(byte[] input) {
        String text = text(input);
        RequirementsFrontEnd.parse(text).lines().forEach(line -> within(line.span(), text));
    }

    @FuzzTest(maxDuration = "10m")
    void yaml(byte[] input) {
        String text = text(input);
        YamlDocuments docs = YamlFrontEnd.parse(text);
        docs.problems().forEach(p -> within(p.span(), text));
        docs.documents().forEach(d -> within(d.span(), text));
    }

    @FuzzTest(maxDuration = "10m")
    void helm(byte[] input) {
        String text = text(input);
        HelmTemplate template = HelmTemplateFrontEnd.parse(text);
        template.problems().forEach(p -> within(p.span(), text));
        for (HelmAction action : template.actions()) {
            within(action.span(), text);
        }
        for (int line = 1; line <= template.lineCount(); line++) {
            template.textOutsideActions(line);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void dockerfile(byte[] input) {
        String text = text(input);
        DockerFile file = DockerfileFrontEnd.parse(text);
        file.problems().forEach(p -> within(p.span(), text));
        for (DockerInstruction instruction : file.instructions()) {
            within(instruction.span(), text);
            instruction.words().forEach(w -> within(w.span(), text));
        }
    }
}
