package io.loclint.cli;

import io.loclint.cli.server.LoclintLanguageServer;
import io.loclint.cli.server.ServerSetup;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A language client (lsp4j's own client side) talking to {@code loclint server} over piped streams, as an editor
 * does over stdio: it sends what an editor sends and records what the server publishes and logs.
 */
final class LanguageClientSession implements AutoCloseable {
    private static final long WAIT_MILLIS = 20_000;

    final Path root;
    final LanguageServer server;
    private final List<String> log = new ArrayList<>();
    final List<RegistrationParams> registrations = new ArrayList<>();
    private final Map<String, List<Diagnostic>> latest = new HashMap<>();
    private final Map<String, Integer> publishes = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    // a loopback socket, not java.io's pipes (they fail once the last thread that wrote has ended, and lsp4j answers
    // on whichever thread completed a request) nor NIO's (an interrupted writer closes them), as stdio is neither
    private final Socket serverSide;
    private final Socket clientSide;
    private final OutputStream toServerStream;

    /** Starts the server and initialises it with {@code root} as the workspace folder. */
    LanguageClientSession(Path root, ServerSetup setup) throws Exception {
        this(root, setup, List.of("."));
    }

    /** Starts the server and initialises it with these folders (relative to {@code root}) as workspace folders. */
    LanguageClientSession(Path root, ServerSetup setup, List<String> folders) throws Exception {
        this.root = root.toAbsolutePath().normalize();
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            clientSide = new Socket(InetAddress.getLoopbackAddress(), listening.getLocalPort());
            serverSide = listening.accept();
        }
        InputStream serverIn = serverSide.getInputStream();
        InputStream clientIn = clientSide.getInputStream();
        toServerStream = clientSide.getOutputStream();
        LoclintLanguageServer loclint = new LoclintLanguageServer(setup, Path.of("/nonexistent-default-root"));
        Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(loclint, serverIn,
                serverSide.getOutputStream(), threads, null);
        loclint.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();
        Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(new Client(), clientIn,
                toServerStream, threads, null);
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(folders.stream().map(f -> new WorkspaceFolder(uri(f), f)).toList());
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        capabilities.setWorkspace(workspace);
        init.setCapabilities(capabilities);
        server.initialize(init).get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        server.initialized(new InitializedParams());
    }

    /**
     * For a test of what a malformed message does: raw bytes straight into the server's input, sent while no
     * other message is (lsp4j's writer does not know of them).
     */
    void sendRaw(byte[] bytes) throws IOException {
        toServerStream.write(bytes);
        toServerStream.flush();
    }

    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    String uri(String relative) {
        return root.resolve(relative).normalize().toUri().toString();
    }

    int publishCount(String relative) {
        synchronized (latest) {
            return publishes.getOrDefault(uri(relative), 0);
        }
    }

    /** Opens the file with its text on disk, or with {@code text}. */
    void open(String relative, String text) throws IOException {
        String content = text != null ? text : Files.readString(root.resolve(relative));
        versions.put(relative, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri(relative), languageId(relative), 1, content)));
    }

    /** Replaces lines [fromLine, toLine) (0-based) with {@code text}, unsaved: an incremental change. */
    void replaceLines(String relative, int fromLine, int toLine, String text) {
        int version = versions.merge(relative, 1, Integer::sum);
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
                new Range(new Position(fromLine, 0), new Position(toLine, 0)), text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(relative), version), List.of(change)));
    }

    /** Applies a code action's edit of this file as the editor does: unsaved, as incremental changes. */
    void apply(String relative, List<TextEdit> edits) {
        int version = versions.merge(relative, 1, Integer::sum);
        List<TextDocumentContentChangeEvent> changes = edits.stream()
                .map(e -> new TextDocumentContentChangeEvent(e.getRange(), e.getNewText())).toList();
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(relative), version), changes));
    }

    void save(String relative) {
        server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(
                new TextDocumentIdentifier(uri(relative))));
    }

    /** The user adds and removes workspace folders (relative to the root). */
    void changeFolders(List<String> added, List<String> removed) {
        server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                new WorkspaceFoldersChangeEvent(added.stream().map(f -> new WorkspaceFolder(uri(f), f)).toList(),
                        removed.stream().map(f -> new WorkspaceFolder(uri(f), f)).toList())));
    }

    /** What an editor's file watcher reports (the server registered for it). */
    void watched(String relative, FileChangeType type) {
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(uri(relative), type))));
    }

    List<CodeAction> codeActions(String relative, Diagnostic diagnostic) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri(relative)),
                diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
        return server.getTextDocumentService().codeAction(params).get(WAIT_MILLIS, TimeUnit.MILLISECONDS).stream()
                .map(Either::getRight).toList();
    }

    Hover hover(String relative, int line, int character) throws Exception {
        return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(relative)),
                new Position(line, character))).get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    void close(String relative) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(
                new TextDocumentIdentifier(uri(relative))));
    }

    /**
     * Waits until the file's diagnostics have been published more than {@code seen} times, and returns the latest,
     * each as "CODE severity line:col-line:col message".
     */
    List<String> awaitPublished(String relative, int seen) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        synchronized (latest) {
            while (publishes.getOrDefault(uri(relative), 0) <= seen) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    fail("no diagnostics published for " + relative + "; log: " + log());
                }
                latest.wait(left);
            }
            return describe(latest.get(uri(relative)));
        }
    }

    List<String> describeLatest(String relative) {
        return describe(latest(relative));
    }

    List<Diagnostic> latest(String relative) {
        synchronized (latest) {
            return latest.get(uri(relative));
        }
    }

    static List<String> describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft() + " " + d.getSeverity() + " "
                + d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + "-"
                + d.getRange().getEnd().getLine() + ":" + d.getRange().getEnd().getCharacter() + " "
                + d.getMessage()).collect(Collectors.toList());
    }

    private static String languageId(String path) {
        return path.endsWith(".py") ? "python" : path.endsWith(".toml") ? "toml" : "plaintext";
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            server.exit();
        } finally {
            clientSide.close();
            serverSide.close();
            threads.shutdownNow();
        }
    }

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            synchronized (latest) {
                latest.put(params.getUri(), params.getDiagnostics());
                publishes.merge(params.getUri(), 1, Integer::sum);
                latest.notifyAll();
            }
        }

        @Override
        public void logMessage(MessageParams message) {
            synchronized (log) {
                log.add(message.getType() + " " + message.getMessage());
            }
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            synchronized (registrations) {
                registrations.add(params);
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
            logMessage(message);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
