package io.loclint.cli.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * loclint's {@code pre-push} hook: reads the pushed ranges git gives on stdin ({@code <local ref> <local sha>
 * <remote ref> <remote sha>} per line), skips deletions (an all-zero local sha) and runs
 * {@code loclint check --rev <local sha>} for each pushed tip, so what is checked is exactly what is pushed, not the
 * work tree. The push fails when any check fails (findings, or loclint itself failing).
 *
 * <p>The hook is recognised by {@link #MARKER}; a hook without it is foreign and is never replaced or removed.
 * Chaining moves a foreign hook to {@value #CHAINED} and the loclint hook runs it first, with the same arguments
 * and stdin; uninstalling moves it back.
 */
public final class PrePushHook {
    public static final String MARKER = "# loclint-managed-hook: written by 'loclint install-hook'; do not edit";
    public static final String CHAINED = "pre-push.loclint-chained";

    public enum Outcome { INSTALLED, UPDATED, CHAINED, REMOVED, RESTORED_CHAINED, NOTHING_TO_REMOVE }

    /**
     * A file the hook's loclint command cannot run without (the jar, the release's launcher, java), and what to
     * do when it has gone, so a push is not blamed on the user's code when the tool itself is missing.
     */
    public record Requirement(Path file, String reinstall) {
    }

    private final Path hooksDir;

    public PrePushHook(Path hooksDir) {
        this.hooksDir = hooksDir;
    }

    public Path hook() {
        return hooksDir.resolve("pre-push");
    }

    public Path chained() {
        return hooksDir.resolve(CHAINED);
    }

    public static boolean isOurs(Path hook) {
        try {
            return Files.readAllLines(hook, StandardCharsets.UTF_8).contains(MARKER);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes the hook. {@code loclint} is the command that runs loclint (absolute paths), {@code requirements} the
     * files it needs, checked before every check, {@code checkArgs} extra arguments for every {@code check}.
     *
     * @throws GitException when a foreign hook is in the way and {@code chain} is false, or a chained one already
     *                      exists
     */
    public Outcome install(List<String> loclint, List<Requirement> requirements, List<String> checkArgs,
                           boolean chain) throws IOException {
        Path hook = hook();
        Outcome outcome = Outcome.INSTALLED;
        if (Files.exists(hook) || Files.isSymbolicLink(hook)) {
            if (isOurs(hook)) {
                outcome = Outcome.UPDATED;
            } else if (!chain) {
                throw new GitException(hook + " exists and was not written by loclint; rerun with --chain to run it"
                        + " before loclint, or remove it");
            } else if (Files.exists(chained()) || Files.isSymbolicLink(chained())) {
                throw new GitException(chained() + " already exists; remove it or the foreign " + hook + " first");
            } else {
                Files.move(hook, chained(), StandardCopyOption.ATOMIC_MOVE);
                outcome = Outcome.CHAINED;
            }
        }
        Files.createDirectories(hooksDir);
        Path temp = Files.createTempFile(hooksDir, "pre-push", ".loclint-tmp");
        Files.writeString(temp, script(loclint, requirements, checkArgs), StandardCharsets.UTF_8);
        makeExecutable(temp);
        Files.move(temp, hook, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return outcome;
    }

    /** Removes the loclint hook, putting back a chained one; a foreign hook is an error and stays. */
    public Outcome uninstall() throws IOException {
        Path hook = hook();
        if (!Files.exists(hook) && !Files.isSymbolicLink(hook)) {
            return Outcome.NOTHING_TO_REMOVE;
        }
        if (!isOurs(hook)) {
            throw new GitException(hook + " was not written by loclint; left as it is");
        }
        if (Files.exists(chained()) || Files.isSymbolicLink(chained())) {
            Files.move(chained(), hook, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Outcome.RESTORED_CHAINED;
        }
        Files.delete(hook);
        return Outcome.REMOVED;
    }

    static String script(List<String> loclint, List<Requirement> requirements, List<String> checkArgs) {
        String command = loclint.stream().map(PrePushHook::quote).collect(Collectors.joining(" "));
        String present = requirements.stream()
                .map(r -> "  require " + quote(r.file().toString()) + " " + quote(r.reinstall()) + "\n")
                .collect(Collectors.joining());
        String extra = checkArgs.stream().map(a -> " " + quote(a)).collect(Collectors.joining());
        return "#!/bin/sh\n"
                + MARKER + "\n"
                + "# Checks the tree of every pushed commit with 'loclint check --rev SHA' (not the work tree) and\n"
                + "# fails the push when a check fails. Only what the push changes is checked (--changed-since the\n"
                + "# remote's commit, or where a new branch leaves the remote's history); a push git cannot place\n"
                + "# against the remote is checked whole. Remove with 'loclint install-hook --uninstall'.\n"
                + "loclint() {\n"
                + "  " + command + " \"$@\"\n"
                + "}\n"
                + "require() {\n"
                + "  [ -e \"$1\" ] && return 0\n"
                + "  echo \"loclint: push blocked: loclint itself is missing, not your code: $1 does not exist. $2;"
                + " or push with --no-verify to skip\" >&2\n"
                + "  exit 1\n"
                + "}\n"
                + "hook_dir=$(dirname \"$0\")\n"
                + "remote=$1\n"
                + "input=$(cat)\n"
                + "if [ -x \"$hook_dir/" + CHAINED + "\" ]; then\n"
                + "  printf '%s\\n' \"$input\" | \"$hook_dir/" + CHAINED + "\" \"$@\" || exit $?\n"
                + "fi\n"
                + "status=0\n"
                + "seen=\n"
                + "while read -r local_ref local_sha remote_ref remote_sha; do\n"
                + "  [ -n \"$local_sha\" ] || continue\n"
                + "  case \"$local_sha\" in *[!0]*) ;; *) continue ;; esac\n"
                + "  case \" $seen \" in *\" $local_sha \"*) continue ;; esac\n"
                + "  seen=\"$seen $local_sha\"\n"
                + "  base=\n"
                + "  case \"$remote_sha\" in\n"
                + "    *[!0]*) git cat-file -e \"$remote_sha^{commit}\" 2>/dev/null && base=$remote_sha ;;\n"
                + "    *) new=$(git rev-list -n 1 \"$local_sha\" --not --remotes=\"$remote\" 2>/dev/null) || new=unknown\n"
                + "       if [ -z \"$new\" ]; then\n"
                + "         base=$local_sha\n"
                + "       else\n"
                + "         base=$(git rev-list --boundary \"$local_sha\" --not --remotes=\"$remote\" 2>/dev/null"
                + " | sed -n 's/^-//p' | head -n 1)\n"
                + "       fi ;;\n"
                + "  esac\n"
                + "  if [ -n \"$base\" ]; then\n"
                + "    set -- --rev \"$local_sha\" --changed-since \"$base\"\n"
                + "  else\n"
                + "    set -- --rev \"$local_sha\"\n"
                + "  fi\n"
                + present
                + "  if ! loclint check \"$@\"" + extra + " >&2; then\n"
                + "    echo \"loclint: push blocked: 'loclint check $*' failed for $local_ref;"
                + " fix it, or push with --no-verify to skip\" >&2\n"
                + "    status=1\n"
                + "  fi\n"
                + "done <<LOCLINT_PUSHED\n"
                + "$input\n"
                + "LOCLINT_PUSHED\n"
                + "exit $status\n";
    }

    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OWNER_READ,
                    PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            file.toFile().setExecutable(true, false);
        }
    }
}
