package io.loclint.engine;

import io.loclint.engine.result.ToolNotification;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.SourceText;
import io.loclint.grammar.Span;
import io.loclint.grammar.docker.DockerfileFrontEnd;
import io.loclint.grammar.dotenv.DotenvFrontEnd;
import io.loclint.grammar.helm.HelmTemplateFrontEnd;
import io.loclint.grammar.python.PythonFrontEnd;
import io.loclint.grammar.requirements.RequirementsFrontEnd;
import io.loclint.grammar.toml.TomlFrontEnd;
import io.loclint.grammar.yaml.JinjaYaml;
import io.loclint.grammar.yaml.YamlFrontEnd;

import com.google.re2j.Pattern;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Reads one file and hands it to the front-end of its kind. Safe to call from several threads at once. */
public final class FileParser {
    private static final Pattern TERRAFORM_TEMPLATE_LINE =
            Pattern.compile("(?m)^(?:[ \\t]*%\\{|\\$\\{[^}\\n]*}[ \\t\\r]*$)");

    /** Outcome: the parsed file, or null with a note saying why the file was skipped. */
    public record Outcome(ParsedFile file, ToolNotification skipped) {}

    private static final Set<OpenOption> READ_NO_LINKS = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private final long maxFileBytes;

    public FileParser(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    public Outcome parse(SourceFile source) {
        if (source.size() > maxFileBytes) {
            return tooLarge(source);
        }
        byte[] bytes;
        // discovery saw a regular file, but a link may have taken its place since: such a link is not followed
        try {
            bytes = readBounded(source.absolutePath(), (int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException | SecurityException e) {
            if (Files.isSymbolicLink(source.absolutePath())) {
                return new Outcome(null, new ToolNotification("symbolic-link", "warning",
                        "skipped: a symbolic link is never followed", source.path()));
            }
            return skip(source, "unreadable-file", "skipped: the file could not be read");
        }
        return parse(source, bytes);
    }

    /**
     * Parses the unsaved text an editor holds for the file instead of what is on disk, through the same checks
     * (size, binary content) as the file's bytes would go. The editor has decoded the file already: its text is
     * UTF-8 here, whatever a Python coding cookie says the file on disk is.
     */
    public Outcome parseUnsaved(SourceFile source, String text) {
        return parse(source, text.getBytes(StandardCharsets.UTF_8), true);
    }

    private Outcome parse(SourceFile source, byte[] bytes) {
        return parse(source, bytes, false);
    }

    private Outcome parse(SourceFile source, byte[] bytes, boolean decodedByEditor) {
        // a file on disk may have grown since discovery (the read is bounded by the limit, so it cannot fill the
        // heap), and an editor's text is never measured before
        if (bytes.length > maxFileBytes) {
            return tooLarge(source);
        }
        // a file of a kind loclint reads that it cannot analyse is a PAR001 finding, never a note: a NUL byte put
        // in front of a secret would otherwise hide it and pass the run
        if (SourceText.looksBinary(bytes)) {
            return unanalysed(source, "its content is binary (a NUL byte in the first 8 KB)");
        }
        SourceText.Decoded decoded = source.kind() == FileKind.PYTHON && !decodedByEditor
                ? SourceText.decodePython(bytes) : SourceText.decode(bytes);
        if (!decoded.ok()) {
            return new Outcome(new ParsedFile(source, null, null, List.of(decoded.problem())), null);
        }
        String text = decoded.text();
        try {
            return new Outcome(frontEnd(source, text), null);
        } catch (RuntimeException | StackOverflowError e) {
            // a front-end bug must cost one file, not the run
            return new Outcome(new ParsedFile(source, text, null, List.of(new ParseProblem(Span.point(1, 1),
                    "could not be parsed (" + e.getClass().getSimpleName() + ")"))), null);
        }
    }

    /**
     * At most {@code limit} bytes of the file, never following a link. The array is sized by the file's length, as
     * {@link Files#readAllBytes} does: a stream's {@code readNBytes} allocates 8 KB chunks and copies them, which on
     * 200 locations was 40 MB more garbage and 34 MB more peak memory.
     */
    static byte[] readBounded(Path path, int limit) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(path, READ_NO_LINKS)) {
            byte[] bytes = new byte[(int) Math.min(channel.size(), limit)];
            int filled = fill(channel, bytes, 0);
            ByteBuffer probe = ByteBuffer.allocate(1);
            // the length was taken before the content was read: a file that grew since, or a pipe, holds more
            while (filled == bytes.length && bytes.length < limit && channel.read(probe.clear()) > 0) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(2L * bytes.length, bytes.length + 8192L)));
                bytes[filled++] = probe.get(0);
                filled = fill(channel, bytes, filled);
            }
            return filled == bytes.length ? bytes : Arrays.copyOf(bytes, filled);
        }
    }

    private static int fill(ReadableByteChannel channel, byte[] bytes, int from) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, bytes.length - from);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // a blocking channel reads at least one byte or reports the end
        }
        return buffer.position();
    }

    static ParsedFile frontEnd(SourceFile source, String text) {
        switch (source.kind()) {
            case PYTHON: {
                var facts = PythonFrontEnd.parse(text);
                return new ParsedFile(source, text, facts, facts.problems());
            }
            case PYPROJECT:
            case TOML: {
                var facts = TomlFrontEnd.parse(text);
                return new ParsedFile(source, text, facts, facts.problems());
            }
            case YAML: {
                boolean jinjaValues = FileKind.isJinjaValues(source.path());
                if (jinjaValues || awaitsRendering(source.path(), text)) {
                    // a template is not YAML until rendered: read where it parses, never an error
                    var facts = YamlFrontEnd.parse(jinjaValues ? JinjaYaml.quoteWholeExpressions(text) : text);
                    // a file too large to analyse is refused whatever it is, or a Jinja suffix would hide it
                    return new ParsedFile(source, text, facts.problems().isEmpty() ? facts : null,
                            facts.problems().stream().filter(YamlFrontEnd::isTooLarge).toList());
                }
                var facts = YamlFrontEnd.parse(text);
                return new ParsedFile(source, text, facts, facts.problems());
            }
            case HELM_TEMPLATE: {
                var facts = HelmTemplateFrontEnd.parse(text);
                return new ParsedFile(source, text, facts, facts.problems());
            }
            case DOCKERFILE: {
                var facts = DockerfileFrontEnd.parse(text);
                return new ParsedFile(source, text, facts, facts.problems());
            }
            case DOTENV:
                return new ParsedFile(source, text, DotenvFrontEnd.parse(text), List.of());
            case REQUIREMENTS:
                return new ParsedFile(source, text, RequirementsFrontEnd.parse(text), List.of());
            default:
                return new ParsedFile(source, text, null, List.of());
        }
    }

    /**
     * A YAML file that is a template another tool renders: anything under a cookiecutter or copier folder
     * ({@code {{cookiecutter.project_name}}/docker-compose.yml}), and a Terraform {@code templatefile()} template,
     * which a {@code %{ if }} directive line or an unindented line that is one {@code ${list}} splice gives away (a
     * YAML document has neither).
     */
    private static boolean awaitsRendering(String relativePath, String text) {
        for (String part : relativePath.split("/")) {
            if (part.contains("{{") && part.contains("}}")) {
                return true;
            }
        }
        return TERRAFORM_TEMPLATE_LINE.matcher(text).find();
    }

    /** A file that is read but could not be analysed at all: its one problem becomes a PAR001 finding. */
    static Outcome unanalysed(SourceFile source, String why) {
        return new Outcome(new ParsedFile(source, null, null, List.of(new ParseProblem(Span.point(1, 1), why))),
                null);
    }

    private Outcome tooLarge(SourceFile source) {
        return skip(source, "file-too-large", "skipped: larger than the " + maxFileBytes + "-byte limit");
    }

    private static Outcome skip(SourceFile source, String id, String message) {
        return new Outcome(null, new ToolNotification(id, "note", message, source.path()));
    }
}
