package io.loclint.engine;

import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.files.SourceFile;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import io.loclint.grammar.yaml.YamlFrontEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileParserTest {
    @TempDir
    Path dir;

    private ParsedFile parse(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        SourceFile source = new SourceFile(name, path, FileKind.of(name), Files.size(path));
        return new FileParser(LoclintConfig.DEFAULT_MAX_FILE_BYTES).parse(source).file();
    }

    /** A Jinja values file that does not parse as YAML is no error, but one too large to analyse is refused. */
    @Test
    void aJinjaValuesFileOverTheNodeCapIsRefusedLikeAnyYaml() throws IOException {
        assertEquals(List.of(), parse("values.yaml.j2", "name: {% if x %}a{% endif %}\n").problems());
        ParsedFile tooLarge = parse("values.yaml.j2", "- a\n".repeat(250_000));
        assertEquals(List.of(new ParseProblem(Span.point(200_000, 3), YamlFrontEnd.TOO_LARGE)), tooLarge.problems());
        assertEquals(null, tooLarge.yaml());
    }
}
