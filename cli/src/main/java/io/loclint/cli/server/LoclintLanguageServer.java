package io.loclint.cli.server;

import io.loclint.cli.baseline.Baseline;
import io.loclint.engine.Linter;
import io.loclint.engine.LiveFiles;
import io.loclint.engine.Version;
import io.loclint.engine.config.Configurations;
import io.loclint.engine.files.ChangedFiles;
import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;
import io.loclint.rules.Registry;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code loclint server}: diagnostics for the open files from their unsaved text, in the context of their whole
 * code location. Runs go on one thread, after typing pauses ({@link ServerSetup#debounceMillis}); a run's result is
 * dropped when an edit came in while it ran (the run that edit scheduled replaces it). Nothing a client sends, no
 * file and no rule failure ends the server: each is logged to the client ({@code window/logMessage}). The server
 * never writes a file; its code actions are edits the client applies when the user accepts one.
 */
public final class LoclintLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService,
        WorkspaceService {
    /** Files whose change changes the configuration of a run rather than one file's findings. */
    private static final Set<String> CONFIGURATION_FILES = Set.of("pyproject.toml", "loclint.toml");
    private static final List<String> WATCHED = List.of("**/*.py", "**/*.pyi", "**/*.toml", "**/*.yaml", "**/*.yml",
            "**/*.j2", "**/*.tpl", "**/*.txt", "**/*.cfg", "**/*.env", "**/.env*", "**/Dockerfile*",
            "**/*.dockerfile", "**/Containerfile*", "**/.gitignore", "**/*.json");

    private final ServerSetup setup;
    private final LiveFiles live = new LiveFiles();
    /** Open documents by path relative to the root. */
    private final Map<String, TextDocument> open = new ConcurrentHashMap<>();
    /** What was last published for each open document, for hovers and code actions. */
    private final Map<String, Published> published = new ConcurrentHashMap<>();
    private final ScheduledExecutorService analysis = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loclint-analysis");
        thread.setDaemon(true);
        return thread;
    });

    /** Guarded by {@code this}: what the next run analyses, and the count of edits so far. */
    private final Set<String> pending = new LinkedHashSet<>();
    private long generation;
    private ScheduledFuture<?> scheduled;

    /** Written on the analysis thread only, once initialised. */
    private Linter linter;
    private Baseline baseline;
    private Set<String> lastNotes = Set.of();

    private volatile LanguageClient client;
    private volatile Path root;
    private volatile boolean watchesFiles;
    private volatile Runnable onExit = () -> { };
    private volatile ClientLog libraryLog;

    public LoclintLanguageServer(ServerSetup setup, Path defaultRoot) {
        this.setup = setup;
        this.root = defaultRoot.toAbsolutePath().normalize();
    }

    /** What {@code exit} does besides stopping the analysis: the command ends the process. */
    public void onExit(Runnable action) {
        this.onExit = action;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
        libraryLog = ClientLog.install(this::log);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        Path given = workspaceRoot(params);
        if (given != null) {
            root = given;
        }
        ClientCapabilities capabilities = params.getCapabilities();
        watchesFiles = capabilities != null && capabilities.getWorkspace() != null
                && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        ServerCapabilities server = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        server.setTextDocumentSync(sync);
        server.setHoverProvider(true);
        server.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        analysis.execute(() -> guarded("loading the configuration", this::configure));
        return CompletableFuture.completedFuture(new InitializeResult(server, new ServerInfo("loclint", Version.get())));
    }

    @Override
    public void initialized(InitializedParams params) {
        if (watchesFiles) {
            List<FileSystemWatcher> watchers = WATCHED.stream()
                    .map(glob -> new FileSystemWatcher(Either.forLeft(glob))).toList();
            client.registerCapability(new RegistrationParams(List.of(new Registration("loclint-watched-files",
                    "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        // no interrupt: a run interrupted while parsing would report its files as not analysed
        analysis.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        analysis.shutdownNow();
        if (libraryLog != null) {
            libraryLog.close();
        }
        onExit.run();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        String path = relative(uri);
        if (path == null) {
            return;
        }
        open.put(path, new TextDocument(uri, params.getTextDocument().getText()));
        live.setUnsaved(root.resolve(path), params.getTextDocument().getText());
        schedule(Set.of(path));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String path = relative(params.getTextDocument().getUri());
        TextDocument document = path == null ? null : open.get(path);
        if (document == null) {
            return;
        }
        TextDocument changed = document.changed(params.getContentChanges());
        open.put(path, changed);
        live.setUnsaved(root.resolve(path), changed.text());
        schedule(Set.of(path));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        String path = relative(uri);
        if (path == null || open.remove(path) == null) {
            return;
        }
        live.dropUnsaved(root.resolve(path));
        published.remove(path);
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        // what the closed file held unsaved no longer counts for the files open beside it
        schedule(Set.of(path));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        String path = relative(params.getTextDocument().getUri());
        if (path == null) {
            return;
        }
        live.forget(root.resolve(path));
        if (isConfiguration(path)) {
            reconfigure();
        } else {
            // a file saved for the first time exists for discovery from now on, watched by the editor or not
            schedule(Set.of(path));
        }
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // loclint reads its settings from the workspace's files, not from the editor's
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean configuration = false;
        Set<String> changed = new LinkedHashSet<>();
        for (FileEvent event : params.getChanges()) {
            String path = relative(event.getUri());
            if (path == null) {
                continue;
            }
            live.forget(root.resolve(path));
            configuration |= isConfiguration(path) || isBaseline(path);
            changed.add(path);
        }
        if (configuration) {
            reconfigure();
        } else if (!changed.isEmpty()) {
            schedule(changed);
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return CompletableFuture.supplyAsync(() -> guarded("a hover", () -> {
            String path = relative(params.getTextDocument().getUri());
            if (path == null) {
                return null;
            }
            Set<String> codes = new LinkedHashSet<>();
            Published shown = published.get(path);
            for (Shown one : shown == null ? List.<Shown>of() : shown.shown()) {
                if (contains(one.diagnostic().getRange(), params.getPosition())) {
                    codes.add(one.finding().code());
                }
            }
            List<String> pages = new ArrayList<>();
            for (String code : codes) {
                String page = setup.explain().apply(code);
                if (page != null) {
                    pages.add(page);
                }
            }
            return pages.isEmpty() ? null
                    : new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", pages)));
        }, null));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return CompletableFuture.supplyAsync(() -> guarded("a code action", () -> {
            String uri = params.getTextDocument().getUri();
            String path = relative(uri);
            TextDocument document = path == null ? null : open.get(path);
            Published shown = path == null ? null : published.get(path);
            // the findings' positions and edits are in the text they were found in: after an edit, the run it
            // scheduled publishes findings that fit the new text, and their actions
            if (document == null || shown == null || !shown.document().text().equals(document.text())) {
                return List.<Either<Command, CodeAction>>of();
            }
            SourceFile source = new SourceFile(path, root.resolve(path), FileKind.of(path, root.resolve(path)),
                    document.text().length());
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
                Finding finding = shown.findingOf(diagnostic);
                if (finding != null) {
                    CodeActions.forFinding(finding, diagnostic, shown.document(), source)
                            .forEach(a -> actions.add(Either.forRight(a)));
                }
            }
            return actions;
        }, List.of()));
    }

    /** Runs {@code work}; a failure is logged and answered with {@code fallback}, never thrown at the client. */
    private <T> T guarded(String what, java.util.function.Supplier<T> work, T fallback) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            log(MessageType.Error, "loclint: " + what + " failed (" + e + ")");
            return fallback;
        }
    }

    private void guarded(String what, Runnable work) {
        guarded(what, () -> {
            work.run();
            return null;
        }, null);
    }

    /** Analyse these files' locations once typing pauses. */
    private synchronized void schedule(Set<String> paths) {
        pending.addAll(paths);
        generation++;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        if (!analysis.isShutdown()) {
            scheduled = analysis.schedule(() -> guarded("a run", this::analyse), setup.debounceMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void reconfigure() {
        analysis.execute(() -> guarded("loading the configuration", this::configure));
        schedule(open.keySet());
    }

    /** Reads the configurations and the baseline; while one is broken, the previous ones stay in use. */
    private void configure() {
        Configurations configurations;
        try {
            configurations = setup.configurations().apply(root);
        } catch (RuntimeException e) {
            log(MessageType.Error, "loclint: " + e.getMessage());
            return;
        }
        linter = new Linter(setup.rules(), Registry.metas(), Version.get(), configurations).withLiveFiles(live);
        Path baselineFile = setup.baseline() == null ? null : root.resolve(setup.baseline());
        if (baselineFile != null && !setup.baselineGiven() && !Files.exists(baselineFile)) {
            baselineFile = null;
        }
        try {
            baseline = baselineFile == null ? null : Baseline.read(baselineFile);
        } catch (RuntimeException e) {
            log(MessageType.Error, "loclint: the baseline " + baselineFile + " cannot be read (" + e.getMessage()
                    + "); every finding is shown");
            baseline = null;
        }
    }

    /** One run over the locations of the pending files, published unless an edit came in meanwhile. */
    private void analyse() {
        Set<String> paths;
        long startedAt;
        synchronized (this) {
            paths = new LinkedHashSet<>(pending);
            startedAt = generation;
        }
        if (paths.isEmpty() || linter == null) {
            return;
        }
        Map<String, TextDocument> documents = new HashMap<>(open);
        live.mark();
        RunResult result;
        try {
            result = linter.run(root, List.of(root), ChangedFiles.of(paths));
        } catch (RuntimeException e) {
            // a configuration that applies to a file is broken: said once, not at every keystroke until it is fixed
            logNotes(List.of(new ToolNotification("run-failed", "error", String.valueOf(e.getMessage()), null)));
            return;
        }
        Set<String> covered = live.readSinceMark();
        synchronized (this) {
            if (generation != startedAt) {
                return;
            }
            pending.removeAll(paths);
        }
        List<Finding> findings = baseline == null ? result.findings() : baseline.compare(result.findings()).newFindings();
        Map<String, List<Shown>> byPath = new LinkedHashMap<>();
        for (Finding finding : findings) {
            TextDocument document = documents.get(finding.path());
            if (document != null) {
                byPath.computeIfAbsent(finding.path(), p -> new ArrayList<>())
                        .add(new Shown(finding, Diagnostics.of(finding, document)));
            }
        }
        for (Map.Entry<String, TextDocument> entry : documents.entrySet()) {
            String path = entry.getKey();
            // an open file this run did not read (its location was not analysed) keeps what it had
            if (covered.contains(path) && open.containsKey(path)) {
                List<Shown> shown = byPath.getOrDefault(path, List.of());
                published.put(path, new Published(entry.getValue(), shown));
                client.publishDiagnostics(new PublishDiagnosticsParams(entry.getValue().uri(),
                        shown.stream().map(Shown::diagnostic).toList()));
            }
        }
        logNotes(result.notifications());
    }

    /** A finding and the diagnostic that shows it. */
    private record Shown(Finding finding, Diagnostic diagnostic) {}

    /** One document's published findings and the text they were found in. */
    private record Published(TextDocument document, List<Shown> shown) {
        /**
         * The finding a diagnostic the client sends back shows: clients keep a diagnostic's code, range and message,
         * not necessarily the rest; the message tells apart two findings of one code on the same range.
         */
        Finding findingOf(Diagnostic diagnostic) {
            if (!Diagnostics.SOURCE.equals(diagnostic.getSource()) || diagnostic.getCode() == null) {
                return null;
            }
            List<Shown> same = shown.stream()
                    .filter(s -> s.diagnostic().getCode().equals(diagnostic.getCode())
                            && s.diagnostic().getRange().equals(diagnostic.getRange()))
                    .toList();
            return same.stream().filter(s -> s.diagnostic().getMessage().equals(diagnostic.getMessage()))
                    .findFirst().or(() -> same.stream().findFirst()).map(Shown::finding).orElse(null);
        }
    }

    /** The run's notes that were not in the previous run's: a note repeated at each keystroke says nothing new. */
    private void logNotes(List<ToolNotification> notes) {
        Set<String> lines = new HashSet<>();
        for (ToolNotification note : notes) {
            String line = "loclint: " + (note.path() != null ? note.path() + ": " : "") + note.message();
            lines.add(line);
            if (!lastNotes.contains(line)) {
                log("error".equals(note.level()) ? MessageType.Error : MessageType.Info, line);
            }
        }
        lastNotes = lines;
    }

    private void log(MessageType type, String message) {
        LanguageClient current = client;
        if (current != null) {
            current.logMessage(new MessageParams(type, message));
        }
    }

    /** The path of a {@code file:} URI relative to the root, with forward slashes; null for one outside it. */
    private String relative(String uri) {
        try {
            Path file = Path.of(URI.create(uri)).toAbsolutePath().normalize();
            if (!file.startsWith(root) || file.equals(root)) {
                return null;
            }
            return root.relativize(file).toString().replace('\\', '/');
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean isConfiguration(String path) {
        return CONFIGURATION_FILES.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    private boolean isBaseline(String path) {
        return setup.baseline() != null && root.resolve(setup.baseline()).normalize().equals(root.resolve(path));
    }

    private static Path workspaceRoot(InitializeParams params) {
        try {
            List<WorkspaceFolder> folders = params.getWorkspaceFolders();
            if (folders != null && !folders.isEmpty()) {
                return Path.of(URI.create(folders.get(0).getUri())).toAbsolutePath().normalize();
            }
            @SuppressWarnings("deprecation")
            String rootUri = params.getRootUri();
            return rootUri == null ? null : Path.of(URI.create(rootUri)).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean contains(Range range, Position position) {
        return !before(position, range.getStart()) && !before(range.getEnd(), position);
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
    }
}
