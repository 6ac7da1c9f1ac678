package io.loclint.cli;

import io.loclint.cli.git.Git;
import io.loclint.cli.git.GitException;
import io.loclint.cli.git.PrePushHook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "install-hook", mixinStandardHelpOptions = true,
        description = {"Install a git pre-push hook that runs 'loclint check --rev SHA' on every pushed commit and"
                + " fails the push when it fails. Honours core.hooksPath. The hook calls this loclint by absolute"
                + " path (a release's bin/loclint, else java -jar on the jar that is running now); install again after"
                + " moving it. When that is gone, the hook blocks the push saying so, and how to reinstall.",
                "Arguments after -- are added to every check, e.g. -- --baseline loclint-baseline.json."})
final class InstallHookCommand implements Callable<Integer> {
    /**
     * The launcher's JVM options. A hook runs in the work tree, which is what it checks: a JVM crash report
     * ({@code hs_err_pid*.log}) goes to the temporary folder instead, and no core file is written.
     */
    static final List<String> JVM_FLAGS = List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xss8m",
            "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "loclint-hs_err_pid%p.log")
                    .toAbsolutePath(), "-XX:-CreateCoredumpOnCrash");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--chain", description = "When a pre-push hook loclint did not write exists, move it aside and"
            + " run it before loclint.")
    boolean chain;

    @Option(names = "--uninstall", description = "Remove loclint's hook (putting back a chained one); never a"
            + " foreign hook.")
    boolean uninstall;

    @Option(names = {"-C", "--repository"}, paramLabel = "FOLDER", description = "A folder in the repository"
            + " (default: .).")
    Path repository = Path.of(".");

    @Parameters(paramLabel = "CHECK_ARG", arity = "0..*", description = "Extra arguments for 'loclint check'.")
    List<String> checkArgs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (uninstall && (chain || !checkArgs.isEmpty())) {
            throw new UsageException("--uninstall takes no --chain and no check arguments");
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            PrePushHook hook = new PrePushHook(Git.locate(repository).hooksDir());
            PrePushHook.Outcome outcome = uninstall ? hook.uninstall()
                    : install(hook, launcher());
            out.println(switch (outcome) {
                case INSTALLED -> "installed " + hook.hook();
                case UPDATED -> "updated " + hook.hook();
                case CHAINED -> "installed " + hook.hook() + "; the previous hook, now " + hook.chained()
                        + ", runs first";
                case REMOVED -> "removed " + hook.hook();
                case RESTORED_CHAINED -> "removed loclint's hook and put back " + hook.hook();
                case NOTHING_TO_REMOVE -> "no pre-push hook in " + hook.hook().getParent() + "; nothing to remove";
            });
            out.flush();
            return ExitCodes.CLEAN;
        } catch (GitException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private PrePushHook.Outcome install(PrePushHook hook, Launcher launcher) throws IOException {
        return hook.install(launcher.command(), launcher.requirements(), checkArgs, chain);
    }

    /** The command the hook runs loclint with, and the files it cannot run without. */
    record Launcher(List<String> command, List<PrePushHook.Requirement> requirements) {
    }

    /**
     * How the hook runs loclint: a release's {@code bin/loclint} when this is a release's {@code lib/loclint.jar}
     * (its launcher finds Java and the class archive itself), else this JVM's {@code java} by absolute path, then
     * {@code -jar} on the jar this class was loaded from (the shaded {@code cli/target/loclint-all.jar} that the
     * {@code ./loclint} launcher runs), or {@code -cp} on this JVM's class path with the main class when loclint
     * runs from classes (an IDE, the tests).
     */
    static Launcher launcher() {
        Path codeSource;
        try {
            codeSource = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            codeSource = null;
        }
        String reinstallRelease = "Install a loclint release again (see its README) and run 'loclint install-hook'"
                + " in this repository";
        if (codeSource != null && codeSource.getFileName().toString().equals("loclint.jar")
                && codeSource.getParent() != null && codeSource.getParent().getFileName().toString().equals("lib")) {
            Path release = codeSource.getParent().resolveSibling("bin").resolve("loclint");
            if (Files.isExecutable(release)) {
                return new Launcher(List.of(release.toString()),
                        List.of(new PrePushHook.Requirement(release, reinstallRelease)));
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_FLAGS);
        List<PrePushHook.Requirement> requirements = new ArrayList<>();
        requirements.add(new PrePushHook.Requirement(java, "Run 'loclint install-hook' in this repository again"
                + " with the Java loclint runs on now"));
        if (codeSource != null && Files.isRegularFile(codeSource) && codeSource.toString().endsWith(".jar")) {
            requirements.add(new PrePushHook.Requirement(codeSource, reinstall(codeSource)));
            // the class archive the ./loclint launcher keeps beside the jar; a stale one is ignored quietly
            Path archive = codeSource.resolveSibling("loclint.jsa");
            if (Files.isRegularFile(archive)) {
                command.addAll(List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off"));
            }
            command.add("-jar");
            command.add(codeSource.toAbsolutePath().toString());
            return new Launcher(command, requirements);
        }
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, entries));
        command.add(Main.class.getName());
        return new Launcher(command, requirements);
    }

    /**
     * What to do when the hook's jar has gone: in a loclint checkout ({@code cli/target/loclint-all.jar}, which
     * {@code mvn clean} deletes) the checkout's launcher rebuilds it; any other jar is installed again.
     */
    static String reinstall(Path jar) {
        Path target = jar.getParent();
        Path checkout = target == null || target.getParent() == null ? null : target.getParent().getParent();
        if (checkout != null && jar.endsWith(Path.of("cli", "target", "loclint-all.jar"))) {
            return "Rebuild it with '" + checkout.resolve("loclint") + " --version' (in the loclint checkout)";
        }
        return "Put it back, or install loclint again and run 'loclint install-hook' in this repository";
    }
}
