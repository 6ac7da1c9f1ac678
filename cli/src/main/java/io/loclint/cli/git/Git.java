package io.loclint.cli.git;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The few git plumbing calls loclint needs, each a {@code git} process. Read-only: nothing here writes into the
 * repository or its work tree, and nothing lets the repository start a program. Its configuration could name
 * some (a hostile {@code .git/config} is part of what loclint checks): {@code core.fsmonitor} runs whenever Git
 * looks at the work tree, a filter driver's {@code clean} command when Git hashes a work-tree file; both are
 * switched off for every call ({@link #command}), textconv and external diff are never asked for, and commits are
 * read as stored blobs ({@link #export}), past attributes and smudge filters. {@code GIT_OPTIONAL_LOCKS=0} keeps
 * Git from refreshing {@code .git/index} as it reads.
 */
public final class Git {
    private static final long TIMEOUT_SECONDS = 300;
    private static final Map<String, String> SWITCHED_OFF = Map.of("core.fsmonitor", "false");
    /** Each configured filter driver's commands, emptied, and the driver made optional so Git does not stop. */
    private static final List<String> FILTER_KEYS = List.of("clean", "smudge", "process", "required");

    private final Path top;
    /** Configuration given to every call: {@link #SWITCHED_OFF} and the repository's filter drivers, emptied. */
    private final Map<String, String> overrides;

    private Git(Path top, Map<String, String> overrides) {
        this.top = top;
        this.overrides = overrides;
    }

    /** The repository holding {@code start} (a file or folder, which need not exist), or a one-line error. */
    public static Git locate(Path start) {
        Path dir = existingFolder(start);
        Output out = run(dir, SWITCHED_OFF, "rev-parse", "--show-toplevel");
        if (out.exitCode() != 0 || out.stdout().isBlank()) {
            throw new GitException("'" + dir + "' is not inside a git repository (with a work tree)");
        }
        Path top;
        try {
            top = Path.of(out.stdout().strip()).toRealPath();
        } catch (IOException e) {
            throw new GitException("cannot read the git repository at '" + out.stdout().strip() + "'");
        }
        return new Git(top, withFiltersOff(top));
    }

    /** {@link #SWITCHED_OFF} plus every {@code filter.<driver>.*} the repository's configuration defines, emptied. */
    private static Map<String, String> withFiltersOff(Path top) {
        Map<String, String> overrides = new LinkedHashMap<>(SWITCHED_OFF);
        // exit code 1 is "no such key": a repository without filters
        Output keys = run(top, SWITCHED_OFF, "config", "-z", "--name-only", "--get-regexp", "^filter\\.");
        for (String key : zList(keys.stdout())) {
            int last = key.lastIndexOf('.');
            if (last > "filter.".length()) {
                String driver = key.substring(0, last);
                for (String setting : FILTER_KEYS) {
                    overrides.put(driver + "." + setting, setting.equals("required") ? "false" : "");
                }
            }
        }
        return Map.copyOf(overrides);
    }

    /** The work tree's top folder, as a real path. */
    public Path top() {
        return top;
    }

    /** The full commit id {@code rev} names, or a one-line error. */
    public String commit(String rev) {
        if (rev.isEmpty() || rev.startsWith("-")) {
            throw new GitException("'" + rev + "' is not a revision");
        }
        Output out = run("rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}");
        if (out.exitCode() != 0) {
            throw new GitException("unknown revision '" + rev + "' in " + top);
        }
        return out.stdout().strip();
    }

    /**
     * Files (repository paths, forward slashes) changed since {@code base}: {@code git diff base...tip}, and, when
     * {@code tip} is null (the work tree), also staged, unstaged and untracked (not ignored) files.
     */
    public Set<String> changedSince(String base, String tip) {
        String baseCommit = commit(base);
        String tipCommit = tip == null ? commit("HEAD") : commit(tip);
        List<String[]> queries = new ArrayList<>();
        queries.add(new String[]{"diff", "--name-only", "--no-renames", "--no-ext-diff", "--no-textconv", "-z",
                baseCommit + "..." + tipCommit});
        if (tip == null) {
            // the plumbing diff-index, not diff: diff refreshes .git/index as it goes, and writes it
            queries.add(new String[]{"diff-index", "--raw", "--no-renames", "-z", "HEAD"});
            queries.add(new String[]{"ls-files", "-z", "--others", "--exclude-standard", "--full-name"});
        }
        // each of these walks the index or the work tree; run at once, they take the time of the slowest
        List<Output> outputs = runAll(top, overrides, queries);
        Set<String> files = new LinkedHashSet<>(zList(checked(outputs.get(0)).stdout()));
        if (tip == null) {
            files.addAll(changedInWorkTree(checked(outputs.get(1)).stdout()));
            files.addAll(zList(checked(outputs.get(2)).stdout()));
        }
        return files;
    }

    /**
     * The paths of {@code diff-index --raw -z} output ({@code :<mode> <mode> <object> <object> <status>} NUL
     * {@code <path>} NUL), less the work-tree files whose timestamps changed but whose content did not: without a
     * refresh, diff-index names those too, with a zero object id.
     */
    private List<String> changedInWorkTree(String raw) {
        List<String> fields = zList(raw);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            String[] meta = fields.get(i).split(" ");
            String path = fields.get(i + 1);
            if (meta.length == 5 && meta[3].matches("0+") && meta[1].startsWith("100")
                    && meta[2].equals(blobId(top.resolve(path), meta[2].length()))) {
                continue;
            }
            paths.add(path);
        }
        return paths;
    }

    /** Git's object id of the file's bytes as a blob (SHA-1, or SHA-256 for 64 digits), or null if unreadable. */
    private static String blobId(Path file, int digits) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest digest = MessageDigest.getInstance(digits == 64 ? "SHA-256" : "SHA-1");
            digest.update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** Every file path in the tree of {@code commit} (repository paths, forward slashes). */
    public List<String> listTree(String commit) {
        return treeFiles(commit).stream().map(TreeFile::name).toList();
    }

    /**
     * One file of a commit's tree.
     *
     * @param path the repository path as Git stores it: bytes, which need not be UTF-8
     */
    record TreeFile(String mode, String blob, byte[] path) {
        /** The path for matching and messages; two paths that differ only in invalid bytes may read alike. */
        String name() {
            return new String(path, StandardCharsets.UTF_8);
        }

        boolean regular() {
            return mode.startsWith("100");
        }
    }

    /** The files of the commit last listed: a partial export lists the tree to choose, then to export. */
    private String listedCommit;
    private List<TreeFile> listedFiles;

    private List<TreeFile> treeFiles(String commit) {
        if (!commit.equals(listedCommit)) {
            listedFiles = listFiles(commit);
            listedCommit = commit;
        }
        return listedFiles;
    }

    private List<TreeFile> listFiles(String commit) {
        byte[] listing = checked(run("ls-tree", "-r", "-z", "--full-tree", commit)).bytes();
        List<TreeFile> files = new ArrayList<>();
        int start = 0;
        for (int end = 0; end < listing.length; end++) {
            if (listing[end] != 0) {
                continue;
            }
            // <mode> SP <type> SP <object> TAB <path>
            int tab = indexOf(listing, (byte) '\t', start, end);
            if (tab < 0) {
                throw new GitException("git ls-tree printed a line it should not");
            }
            String[] head = new String(listing, start, tab - start, StandardCharsets.US_ASCII).split(" ");
            if (head.length != 3) {
                throw new GitException("git ls-tree printed a line it should not");
            }
            files.add(new TreeFile(head[0], head[2], Arrays.copyOfRange(listing, tab + 1, end)));
            start = end + 1;
        }
        return files;
    }

    /** Writes the tree of {@code commit} into the empty folder {@code dest}. */
    public void export(String commit, Path dest) {
        export(commit, dest, null, ExportGuard.NONE);
    }

    /**
     * Writes the regular files of {@code commit} under the given repository paths (files or folders), or all of
     * them when {@code paths} is null, into the empty folder {@code dest}, as Git stores them. {@code git archive}
     * would apply the repository's attributes ({@code export-ignore} hides files, {@code export-subst} rewrites
     * them) and filters (a smudge filter is a program the repository's configuration names); blobs read with
     * {@code git cat-file --batch} go through neither. Symbolic links and submodules are left out: loclint never
     * follows a link. A path Git itself would refuse to check out ({@code ..}, {@code .git}) is left out too, so
     * nothing is written outside {@code dest}.
     */
    public void export(String commit, Path dest, List<String> paths, ExportGuard guard) {
        Set<String> selected = paths == null ? null : Set.copyOf(paths);
        List<TreeFile> files = new ArrayList<>();
        for (TreeFile file : treeFiles(commit)) {
            if (!file.regular()) {
                continue;
            }
            String name = file.name();
            // every exported file is tracked, and ignore rules only hide untracked files: a committed .gitignore of
            // '*' must not hide the commit from its own check
            if ((selected == null || within(name, selected)) && !ignoreFile(name) && safe(file.path())) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            return;
        }
        Process catFile;
        try {
            catFile = command(top, overrides, List.of("cat-file", "--batch"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on PATH?): " + e.getMessage());
        }
        Thread watchdog = watchdog(catFile);
        Thread feeder = new Thread(() -> {
            try (OutputStream requests = catFile.getOutputStream()) {
                for (TreeFile file : files) {
                    requests.write((file.blob() + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                // git stopped reading: the reader below sees its output end early and says so
            }
        }, "loclint-git-cat-file");
        feeder.setDaemon(true);
        feeder.start();
        try (InputStream out = new BufferedInputStream(catFile.getInputStream())) {
            byte[] buffer = new byte[64 * 1024];
            for (TreeFile file : files) {
                guard.write(() -> writeBlob(out, file, dest, buffer));
            }
        } catch (IOException e) {
            throw new GitException("cannot export " + commit + ": " + e.getMessage());
        } finally {
            watchdog.interrupt();
            catFile.destroyForcibly();
        }
    }

    /** Reads one {@code <object> blob <size> LF <bytes> LF} answer of {@code cat-file --batch} into its file. */
    private static void writeBlob(InputStream out, TreeFile file, Path dest, byte[] buffer) throws IOException {
        String header = headerLine(out);
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[0].equals(file.blob()) || !parts[1].equals("blob")) {
            throw new IOException("git cat-file answered '" + header + "' for " + file.blob());
        }
        long size;
        try {
            size = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            throw new IOException("git cat-file answered '" + header + "' for " + file.blob());
        }
        Path target = destination(dest, file.path());
        Files.createDirectories(target.getParent());
        // CREATE_NEW: a path the tree holds twice is not written over, and no link at the target is followed
        try (OutputStream to = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            long left = size;
            while (left > 0) {
                int n = out.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("git cat-file stopped in the middle of " + file.name());
                }
                to.write(buffer, 0, n);
                left -= n;
            }
        }
        if (out.read() != '\n') {
            throw new IOException("git cat-file printed something it should not after " + file.name());
        }
    }

    private static String headerLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || line.length() > 200) {
                throw new IOException("git cat-file stopped answering");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /**
     * Where a repository path goes below {@code dest}: built from its bytes (a URI's %XX escapes are taken as raw
     * bytes), so two names that differ only in bytes that are not UTF-8 stay two files.
     */
    private static Path destination(Path dest, byte[] path) {
        StringBuilder uri = new StringBuilder(dest.toUri().toString());
        if (uri.charAt(uri.length() - 1) != '/') {
            uri.append('/');
        }
        for (byte b : path) {
            char c = (char) (b & 0xFF);
            if (c == '/' || c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                uri.append(c);
            } else {
                uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return Path.of(URI.create(uri.toString()));
    }

    /** No empty, {@code .} or {@code ..} component and no {@code .git} folder, as Git's own checkout demands. */
    private static boolean safe(byte[] path) {
        int start = 0;
        for (int end = 0; end <= path.length; end++) {
            if (end == path.length || path[end] == '/') {
                if (!safeComponent(path, start, end)) {
                    return false;
                }
                start = end + 1;
            }
        }
        return true;
    }

    private static boolean safeComponent(byte[] path, int from, int to) {
        int length = to - from;
        if (length == 0 || length <= 2 && path[from] == '.' && (length == 1 || path[from + 1] == '.')) {
            return false;
        }
        // .git in any case; OR-ing 0x20 folds exactly the ASCII capitals onto their small letters here
        return !(length == 4 && path[from] == '.' && (path[from + 1] | 0x20) == 'g' && (path[from + 2] | 0x20) == 'i'
                && (path[from + 3] | 0x20) == 't');
    }

    private static boolean ignoreFile(String name) {
        return name.equals(".gitignore") || name.endsWith("/.gitignore");
    }

    private static boolean within(String name, Set<String> selected) {
        for (int slash = name.length(); slash > 0; slash = name.lastIndexOf('/', slash - 1)) {
            if (selected.contains(name.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The folder git runs this repository's hooks from, honouring {@code core.hooksPath}. */
    public Path hooksDir() {
        return Path.of(checked("rev-parse", "--path-format=absolute", "--git-path", "hooks").strip());
    }

    private String checked(String... args) {
        return checked(run(args)).stdout();
    }

    private Output run(String... args) {
        return run(top, overrides, args);
    }

    private static Output checked(Output out) {
        if (out.exitCode() != 0) {
            String why = out.stderr().lines().findFirst().orElse("exit code " + out.exitCode());
            throw new GitException("git " + out.command() + " failed: " + why);
        }
        return out;
    }

    private static List<String> zList(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("\0")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static Path existingFolder(Path start) {
        Path p = start.toAbsolutePath().normalize();
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }

    record Output(String command, int exitCode, byte[] bytes, String stderr) {
        String stdout() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Output run(Path dir, Map<String, String> overrides, String... args) {
        return runAll(dir, overrides, List.<String[]>of(args)).get(0);
    }

    /**
     * A {@code git} call in {@code dir} with the given configuration on top of the repository's. It goes in through
     * the environment: a {@code -c key=value} argument cannot hold a key with {@code =} in it, and a filter
     * driver's name may have one.
     */
    public static ProcessBuilder command(Path dir, Map<String, String> overrides, List<String> args) {
        List<String> command = new ArrayList<>(List.of("git", "--no-pager", "-C", dir.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = builder.environment();
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_NO_REPLACE_OBJECTS", "1");
        env.keySet().removeIf(k -> k.startsWith("GIT_CONFIG_KEY_") || k.startsWith("GIT_CONFIG_VALUE_"));
        int i = 0;
        for (Map.Entry<String, String> setting : overrides.entrySet()) {
            env.put("GIT_CONFIG_KEY_" + i, setting.getKey());
            env.put("GIT_CONFIG_VALUE_" + i, setting.getValue());
            i++;
        }
        env.put("GIT_CONFIG_COUNT", Integer.toString(i));
        return builder;
    }

    /** {@link #command} with only the settings every call needs: for a repository loclint has not located. */
    public static ProcessBuilder command(Path dir, List<String> args) {
        return command(dir, SWITCHED_OFF, args);
    }

    /** Ends {@code process} when it outlives {@link #TIMEOUT_SECONDS}; interrupt the thread once it is done. */
    private static Thread watchdog(Process process) {
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                // the caller finished first
            }
        }, "loclint-git-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    /** Starts every command before reading any, so they run side by side; outputs in the order given. */
    private static List<Output> runAll(Path dir, Map<String, String> overrides, List<String[]> commands) {
        List<Process> processes = new ArrayList<>();
        List<CompletableFuture<String>> errors = new ArrayList<>();
        try {
            for (String[] args : commands) {
                Process process = command(dir, overrides, List.of(args)).start();
                process.getOutputStream().close();
                processes.add(process);
                errors.add(CompletableFuture.supplyAsync(() -> read(process.getErrorStream())));
            }
            List<Output> outputs = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                Process process = processes.get(i);
                String name = commands.get(i)[0];
                byte[] out = readBytes(process.getInputStream());
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new GitException("git " + name + " took longer than " + TIMEOUT_SECONDS + " s");
                }
                outputs.add(new Output(name, process.exitValue(), out, errors.get(i).join()));
            }
            return outputs;
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on PATH?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git " + commands.get(0)[0]);
        } finally {
            processes.forEach(p -> {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            });
        }
    }

    private static String read(InputStream in) {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
