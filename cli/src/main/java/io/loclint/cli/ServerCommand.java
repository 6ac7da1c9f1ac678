package io.loclint.cli;

import io.loclint.cli.server.LoclintLanguageServer;
import io.loclint.cli.server.ServerSetup;
import io.loclint.engine.config.Configurations;
import io.loclint.rules.Registry;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the language server (LSP) over stdin and stdout, for an editor to start in the"
                + " workspace root: diagnostics for the open files from their unsaved text, quick fixes to suppress"
                + " a finding or remove an unused suppression, and the rule's explanation on hover."})
final class ServerCommand implements Callable<Integer> {
    /** Where a baseline is looked for when --baseline is not given: the name README's example writes. */
    static final Path DEFAULT_BASELINE = Path.of("loclint-baseline.json");

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Show only findings not in this baseline (relative to the workspace root; default:"
                    + " loclint-baseline.json there, when it exists).")
    Path baseline;

    @Option(names = "--debounce", paramLabel = "MILLIS", description = "How long typing must pause before the"
            + " open files are checked again (default: ${DEFAULT-VALUE}; 0 checks at every change).")
    long debounceMillis = ServerSetup.DEFAULT_DEBOUNCE_MILLIS;

    @CommandLine.Mixin
    RuleSelection selection = new RuleSelection();

    @Override
    public Integer call() throws InterruptedException {
        if (debounceMillis < 0 || debounceMillis > 60_000) {
            throw new UsageException("--debounce must be from 0 to 60000 milliseconds");
        }
        // the protocol owns stdout: whatever else would print there (a library's warning) goes to stderr
        InputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        LoclintLanguageServer server = new LoclintLanguageServer(setup(), Path.of(""));
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        server.onExit(() -> listening.cancel(true));
        try {
            listening.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the client closed the stream or sent exit: the end of the session either way
        }
        return ExitCodes.CLEAN;
    }

    ServerSetup setup() {
        return new ServerSetup(Registry.rules(), this::configurations, ServerCommand::explain,
                baseline != null ? baseline : DEFAULT_BASELINE, baseline != null, debounceMillis);
    }

    private Configurations configurations(Path root) {
        return selection.configurations(List.of(Configurations.climbLimit(root)), root);
    }

    private static String explain(String code) {
        var rule = Registry.byCode(code);
        return rule == null ? null : ExplainCommand.text(rule);
    }
}
