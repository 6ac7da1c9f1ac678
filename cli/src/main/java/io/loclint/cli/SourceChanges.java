package io.loclint.cli;

import io.loclint.engine.SuppressionWriter;
import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.Printable;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.fix.TextEdits;
import io.loclint.engine.result.Edit;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The changes {@code check --fix}, {@code --diff} and {@code --add-suppressions} make to the checked files: worked
 * out from a run's findings, then written or shown as a diff. Only files inside the paths the user named are
 * touched, never through a link, and only UTF-8 files (a byte-order mark is kept): a file in another encoding is
 * left as it is, with a note.
 */
final class SourceChanges {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One file's new text: {@code count} is the findings it fixes or the suppressions it adds. */
    record FileChange(String shownPath, Path file, boolean bom, TextEdits before, String after, List<Edit> made,
                      int count) {}

    private final List<FileChange> files;
    /** One line each for stderr: what was left out and why. */
    private final List<String> notes;

    private SourceChanges(List<FileChange> files, List<String> notes) {
        this.files = files;
        this.notes = notes;
    }

    /** The safe fixes of the run's findings. */
    static SourceChanges fixes(RunResult result, List<Path> named, long maxFileBytes) {
        return collect(result, named, maxFileBytes, f -> f.fix() != null, (file, text, findings) -> {
            TextEdits before = new TextEdits(text);
            TextEdits.Applied applied = before.apply(findings.stream().flatMap(f -> f.fix().edits().stream())
                    .toList());
            long fixed = findings.stream().filter(f -> applied.edits().containsAll(f.fix().edits())).count();
            return new Planned(applied, (int) fixed, List.of());
        });
    }

    /** A {@code # loclint: ignore[CODE]} for every finding of the run, where a comment can go. */
    static SourceChanges suppressions(RunResult result, List<Path> named, long maxFileBytes) {
        return collect(result, named, maxFileBytes, f -> true, (file, text, findings) -> {
            SuppressionWriter.Planned planned = SuppressionWriter.plan(file, text, findings);
            List<String> skipped = planned.skipped().stream()
                    .map(s -> "not suppressed: " + s.finding().path() + ":" + s.finding().span().startLine() + " "
                            + s.finding().code() + ": " + s.why())
                    .toList();
            return new Planned(new TextEdits(text).apply(planned.edits()), planned.added(), skipped);
        });
    }

    private record Planned(TextEdits.Applied applied, int count, List<String> notes) {}

    private interface Planner {
        Planned plan(SourceFile file, String text, List<Finding> findings);
    }

    private static SourceChanges collect(RunResult result, List<Path> named, long maxFileBytes,
                                         Predicate<Finding> relevant, Planner planner) {
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (relevant.test(f)) {
                byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
            }
        }
        List<FileChange> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> entry : byPath.entrySet()) {
            Path file = result.root().resolve(entry.getKey()).normalize();
            FileKind kind = FileKind.of(entry.getKey(), file);
            if (named.stream().noneMatch(file::startsWith)) {
                notes.add("left as it is: " + entry.getKey() + " is outside the paths given");
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || kind == null) {
                notes.add("left as it is: " + entry.getKey() + " is not a file of a kind loclint reads");
                continue;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 8));
            } catch (IOException e) {
                notes.add("left as it is: " + entry.getKey() + " cannot be read: " + WriteException.reason(e));
                continue;
            }
            boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3);
            String text = utf8(bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes);
            if (text == null || bytes.length > maxFileBytes) {
                notes.add("left as it is: " + entry.getKey() + " is not a UTF-8 file loclint can edit");
                continue;
            }
            SourceFile source = new SourceFile(entry.getKey(), file, kind, bytes.length);
            Planned planned = planner.plan(source, text, entry.getValue());
            notes.addAll(planned.notes());
            if (!planned.applied().text().equals(text)) {
                files.add(new FileChange(shown(file, entry.getKey()), file, bom, new TextEdits(text),
                        planned.applied().text(), planned.applied().edits(), planned.count()));
            }
        }
        return new SourceChanges(files, notes);
    }

    /**
     * Relative to the current folder when the file is inside it, as a diff applied from there needs; control
     * characters escaped, as in every report.
     */
    private static String shown(Path file, String reported) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return Printable.escape(file.startsWith(cwd) ? cwd.relativize(file).toString().replace('\\', '/') : reported);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** The findings fixed, or the suppressions added, over all files. */
    int count() {
        return files.stream().mapToInt(FileChange::count).sum();
    }

    int fileCount() {
        return files.size();
    }

    List<String> notes() {
        return notes;
    }

    /** Every change as a unified diff, file after file in report order. */
    String diff() {
        StringBuilder out = new StringBuilder();
        for (FileChange change : files) {
            out.append(change.before().diff(change.shownPath(), change.made()));
        }
        return out.toString();
    }

    /** Writes the new texts over the files, never through a link (one put in a file's place since is refused). */
    void write() {
        for (FileChange change : files) {
            try (OutputStream out = Files.newOutputStream(change.file(), LinkOption.NOFOLLOW_LINKS,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                if (change.bom()) {
                    out.write(UTF8_BOM);
                }
                out.write(change.after().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new WriteException("cannot write '" + change.shownPath() + "': "
                        + WriteException.reason(e));
            }
        }
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
