package io.loclint.engine.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GitIndexTest {
    private static final List<String> PATHS = List.of(".env", "config/.env.local", "config/settings/app.env",
            "src/pkg/__init__.py");

    @TempDir
    Path root;

    @Test
    void readsEveryIndexVersionAndHashLength() {
        for (int version : List.of(2, 3, 4)) {
            for (int hash : List.of(20, 32)) {
                assertEquals(PATHS, List.copyOf(GitIndex.parse(index(version, hash, PATHS), hash)),
                        "version " + version + ", hash " + hash);
            }
        }
    }

    @Test
    void aCorruptIndexIsNoIndex() {
        byte[] good = index(2, 20, PATHS);
        assertNull(GitIndex.parse(Arrays.copyOf(good, good.length - 30), 20), "truncated");
        byte[] badMagic = good.clone();
        badMagic[0] = 'X';
        assertNull(GitIndex.parse(badMagic, 20), "not DIRC");
        byte[] hugeCount = good.clone();
        ByteBuffer.wrap(hugeCount).putInt(8, Integer.MAX_VALUE);
        assertNull(GitIndex.parse(hugeCount, 20), "more entries than bytes");
        assertNull(GitIndex.parse(new byte[3], 20), "too short for a header");
    }

    @Test
    void tracksFilesAndTheFoldersAboveThem() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        Files.write(root.resolve(".git/index"), index(2, 20, PATHS));
        GitIndex git = GitIndex.around(root.resolve("config"));
        assertTrue(git.tracks(root.resolve(".env"), false));
        assertTrue(git.tracks(root.resolve("config/settings/app.env"), false));
        assertTrue(git.tracks(root.resolve("config"), true));
        assertTrue(git.tracks(root.resolve("config/settings"), true));
        assertFalse(git.tracks(root.resolve("config/settings"), false));
        assertFalse(git.tracks(root.resolve("conf"), true), "a prefix of a name is not a folder");
        assertFalse(git.tracks(root.resolve("scratch.env"), false));
        assertFalse(git.tracks(root.getParent().resolve("elsewhere/.env"), false));
    }

    @Test
    void aLinkedWorktreeNamesItsIndexInAGitdirFile() throws IOException {
        Path main = root.resolve("main/.git");
        Files.createDirectories(main.resolve("worktrees/feature"));
        Files.writeString(main.resolve("config"), "[core]\n\tbare = false\n");
        Files.write(main.resolve("worktrees/feature/index"), index(2, 20, List.of(".env")));
        Path worktree = Files.createDirectories(root.resolve("feature"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + main.resolve("worktrees/feature") + "\n");
        assertTrue(GitIndex.around(worktree).tracks(worktree.resolve(".env"), false));
    }

    @Test
    void withoutARepositoryOrIndexNothingIsTracked() throws IOException {
        assertFalse(GitIndex.around(root).tracks(root.resolve(".env"), false));
        Files.createDirectories(root.resolve(".git"));
        assertFalse(GitIndex.around(root).tracks(root.resolve(".env"), false), "no index file yet");
    }

    /** The format as Git itself writes it, when a git binary is there to write one. */
    @Test
    void readsTheIndexGitWrites() throws IOException, InterruptedException {
        assumeTrue(run(root, "git", "init", "-q") == 0, "git is not installed");
        for (String path : PATHS) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x\n");
        }
        assertEquals(0, run(root, "git", "add", "."));
        for (String version : List.of("2", "3", "4")) {
            assertEquals(0, run(root, "git", "update-index", "--index-version", version));
            GitIndex git = GitIndex.around(root);
            for (String path : PATHS) {
                assertTrue(git.tracks(root.resolve(path), false), path + " in index version " + version);
            }
        }
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** An index file as Git lays it out, with zeroed stat data and object ids. */
    static byte[] index(int version, int hashLength, List<String> paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(12).putInt(0x44495243).putInt(version).putInt(paths.size());
        out.writeBytes(header.array());
        byte[] previous = new byte[0];
        for (String path : paths) {
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            boolean extended = version == 3;
            int entryStart = out.size();
            out.writeBytes(new byte[40 + hashLength]);
            int flags = Math.min(name.length, 0xFFF) | (extended ? 0x4000 : 0);
            out.writeBytes(new byte[] {(byte) (flags >> 8), (byte) flags});
            if (extended) {
                out.writeBytes(new byte[2]);
            }
            if (version == 4) {
                int common = 0;
                while (common < previous.length && common < name.length && previous[common] == name[common]) {
                    common++;
                }
                out.writeBytes(varint(previous.length - common));
                out.writeBytes(Arrays.copyOfRange(name, common, name.length));
                out.write(0);
            } else {
                out.writeBytes(name);
                int length = out.size() - entryStart;
                out.writeBytes(new byte[8 - length % 8]);
            }
            previous = name;
        }
        return out.toByteArray();
    }

    private static byte[] varint(int value) {
        byte[] buffer = new byte[8];
        int position = buffer.length - 1;
        buffer[position] = (byte) (value & 0x7F);
        while ((value >>= 7) != 0) {
            value--;
            buffer[--position] = (byte) (0x80 | (value & 0x7F));
        }
        return Arrays.copyOfRange(buffer, position, buffer.length);
    }
}
