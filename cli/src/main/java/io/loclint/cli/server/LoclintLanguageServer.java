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
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
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
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    /** Open documents, each in the innermost workspace folder holding it. */
    private final Map<Doc, TextDocument> open = new ConcurrentHashMap<>();
    /** What was last published for each open document, for hovers and code actions. */
    private final Map<Doc, Published> published = new ConcurrentHashMap<>();
    private final ScheduledExecutorService analysis = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loclint-analysis");
        thread.setDaemon(true);
        return thread;
    });

    /** Guarded by {@code this}: what the next run analyses, and the count of edits so far. */
    private final Set<Doc> pending = new LinkedHashSet<>();
    private long generation;
    private ScheduledFuture<?> scheduled;

    /** Used on the analysis thread only: each workspace folder's, once initialised. */
    private final Map<Path, Linter> linters = new HashMap<>();
    private final Map<Path, Baseline> baselines = new HashMap<>();
    private Set<String> lastNotes = Set.of();

    private volatile LanguageClient client;
    /** The workspace folders, each checked as its own root; the innermost first. */
    private volatile List<Path> roots;
    private volatile boolean watchesFiles;
    private volatile Runnable onExit = () -> { };
    private volatile ClientLog libraryLog;

    public LoclintLanguageServer(ServerSetup setup, Path defaultRoot) {
        this.setup = setup;
        this.roots = List.of(defaultRoot.toAbsolutePath().normalize());
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
        List<Path> given = workspaceRoots(params);
        if (!given.isEmpty()) {
            roots = given;
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
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        server.setWorkspace(new WorkspaceServerCapabilities(folders));
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
        Doc doc = locate(uri);
        if (doc == null) {
            return;
        }
        open.put(doc, new TextDocument(uri, params.getTextDocument().getText()));
        live.setUnsaved(doc.file(), params.getTextDocument().getText());
        schedule(Set.of(doc));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        Doc doc = locate(params.getTextDocument().getUri());
        TextDocument document = doc == null ? null : open.get(doc);
        if (document == null) {
            return;
        }
        TextDocument changed = document.changed(params.getContentChanges());
        open.put(doc, changed);
        live.setUnsaved(doc.file(), changed.text());
        schedule(Set.of(doc));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Doc doc = locate(uri);
        if (doc == null || open.remove(doc) == null) {
            return;
        }
        live.dropUnsaved(doc.file());
        published.remove(doc);
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        // what the closed file held unsaved no longer counts for the files open beside it
        schedule(Set.of(doc));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Doc doc = locate(params.getTextDocument().getUri());
        if (doc == null) {
            return;
        }
        live.forget(doc.file());
        if (isConfiguration(doc.path())) {
            reconfigure();
        } else {
            // a file saved for the first time exists for discovery from now on, watched by the editor or not
            schedule(Set.of(doc));
        }
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // loclint reads its settings from the workspace's files, not from the editor's
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        Set<Path> folders = new LinkedHashSet<>(roots);
        folders.removeAll(paths(params.getEvent().getRemoved()));
        folders.addAll(paths(params.getEvent().getAdded()));
        roots = innermostFirst(folders);
        synchronized (this) {
            pending.removeIf(doc -> !folders.contains(doc.root()));
        }
        // each open document goes to the folder now nearest it; one in no folder any more is no longer checked
        for (Map.Entry<Doc, TextDocument> entry : new ArrayList<>(open.entrySet())) {
            Doc now = locate(entry.getValue().uri());
            if (!entry.getKey().equals(now)) {
                open.remove(entry.getKey());
                published.remove(entry.getKey());
                if (now == null) {
                    live.dropUnsaved(entry.getKey().file());
                    client.publishDiagnostics(new PublishDiagnosticsParams(entry.getValue().uri(), List.of()));
                } else {
                    open.put(now, entry.getValue());
                }
            }
        }
        List<Path> served = roots;
        analysis.execute(() -> guarded("loading the configuration", () -> {
            linters.keySet().retainAll(served);
            baselines.keySet().retainAll(served);
            served.stream().filter(root -> !linters.containsKey(root)).forEach(this::configure);
        }));
        schedule(open.keySet());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean configuration = false;
        Set<Doc> changed = new LinkedHashSet<>();
        for (FileEvent event : params.getChanges()) {
            Doc doc = locate(event.getUri());
            if (doc == null) {
                continue;
            }
            live.forget(doc.file());
            configuration |= isConfiguration(doc.path()) || isBaseline(doc);
            changed.add(doc);
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
            Doc doc = locate(params.getTextDocument().getUri());
            if (doc == null) {
                return null;
            }
            Set<String> codes = new LinkedHashSet<>();
            Published shown = published.get(doc);
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
            Doc doc = locate(uri);
            TextDocument document = doc == null ? null : open.get(doc);
            Published shown = doc == null ? null : published.get(doc);
            // the findings' positions and edits are in the text they were found in: after an edit, the run it
            // scheduled publishes findings that fit the new text, and their actions
            if (document == null || shown == null || !shown.document().text().equals(document.text())) {
                return List.<Either<Command, CodeAction>>of();
            }
            SourceFile source = new SourceFile(doc.path(), doc.file(), FileKind.of(doc.path(), doc.file()),
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
    private synchronized void schedule(Set<Doc> paths) {
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

    /** Reads each workspace folder's configurations and baseline. */
    private void configure() {
        for (Path root : roots) {
            configure(root);
        }
    }

    /** While a folder's configuration is broken, its previous one stays in use. */
    private void configure(Path root) {
        Configurations configurations;
        try {
            configurations = setup.configurations().apply(root);
        } catch (RuntimeException e) {
            log(MessageType.Error, "loclint: " + e.getMessage());
            return;
        }
        linters.put(root, new Linter(setup.rules(), Registry.metas(), Version.get(), configurations)
                .withLiveFiles(live));
        Path baselineFile = setup.baseline() == null ? null : root.resolve(setup.baseline());
        if (baselineFile != null && !setup.baselineGiven() && !Files.exists(baselineFile)) {
            baselineFile = null;
        }
        try {
            baselines.put(root, baselineFile == null ? null : Baseline.read(baselineFile));
        } catch (RuntimeException e) {
            log(MessageType.Error, "loclint: the baseline " + baselineFile + " cannot be read (" + e.getMessage()
                    + "); every finding is shown");
            baselines.put(root, null);
        }
    }

    /**
     * One run per workspace folder over the locations of its pending files, published unless an edit came in
     * meanwhile.
     */
    private void analyse() {
        Set<Doc> docs;
        long startedAt;
        synchronized (this) {
            docs = new LinkedHashSet<>(pending);
            startedAt = generation;
        }
        Map<Path, Set<String>> pathsByRoot = new LinkedHashMap<>();
        docs.forEach(doc -> pathsByRoot.computeIfAbsent(doc.root(), r -> new LinkedHashSet<>()).add(doc.path()));
        // published in the order of their paths, whatever order they were opened in
        Map<Doc, TextDocument> documents = new TreeMap<>(Comparator.comparing((Doc doc) -> doc.root().toString())
                .thenComparing(Doc::path));
        documents.putAll(open);
        List<Checked> checked = new ArrayList<>();
        List<ToolNotification> notes = new ArrayList<>();
        for (Map.Entry<Path, Set<String>> entry : pathsByRoot.entrySet()) {
            Path root = entry.getKey();
            Linter linter = linters.get(root);
            if (linter == null) {
                continue;
            }
            live.mark();
            RunResult result;
            try {
                result = linter.run(root, List.of(root), ChangedFiles.of(entry.getValue()));
            } catch (RuntimeException e) {
                // a configuration that applies to a file is broken: said once, not at every keystroke until fixed
                notes.add(new ToolNotification("run-failed", "error", String.valueOf(e.getMessage()), null));
                continue;
            }
            Baseline baseline = baselines.get(root);
            checked.add(new Checked(root, baseline == null ? result.findings()
                    : baseline.compare(result.findings()).newFindings(), live.readSinceMark()));
            notes.addAll(result.notifications());
        }
        synchronized (this) {
            if (generation != startedAt) {
                return;
            }
            pending.removeIf(doc -> checked.stream().anyMatch(run -> run.root().equals(doc.root())));
        }
        for (Checked run : checked) {
            publish(run, documents);
        }
        logNotes(notes);
    }

    private void publish(Checked run, Map<Doc, TextDocument> documents) {
        Map<Doc, List<Shown>> byDoc = new LinkedHashMap<>();
        for (Finding finding : run.findings()) {
            Doc doc = new Doc(run.root(), finding.path());
            TextDocument document = documents.get(doc);
            if (document != null) {
                byDoc.computeIfAbsent(doc, d -> new ArrayList<>())
                        .add(new Shown(finding, Diagnostics.of(finding, document)));
            }
        }
        for (Map.Entry<Doc, TextDocument> entry : documents.entrySet()) {
            Doc doc = entry.getKey();
            // an open file this run did not read (its location was not analysed) keeps what it had
            if (doc.root().equals(run.root()) && run.covered().contains(doc.path()) && open.containsKey(doc)) {
                List<Shown> shown = byDoc.getOrDefault(doc, List.of());
                published.put(doc, new Published(entry.getValue(), shown));
                client.publishDiagnostics(new PublishDiagnosticsParams(entry.getValue().uri(),
                        shown.stream().map(Shown::diagnostic).toList()));
            }
        }
    }

    /** An open document: the workspace folder it is checked with, and its path relative to that folder. */
    private record Doc(Path root, String path) {
        Path file() {
            return root.resolve(path);
        }
    }

    /** One folder's run: its findings (less the baselined ones) and the files it read (relative to the folder). */
    private record Checked(Path root, List<Finding> findings, Set<String> covered) {}

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

    /** The document at a {@code file:} URI in the innermost workspace folder holding it; null for one outside all. */
    private Doc locate(String uri) {
        try {
            Path file = Path.of(URI.create(uri)).toAbsolutePath().normalize();
            for (Path root : roots) {
                if (file.startsWith(root) && !file.equals(root)) {
                    return new Doc(root, root.relativize(file).toString().replace('\\', '/'));
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean isConfiguration(String path) {
        return CONFIGURATION_FILES.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    private boolean isBaseline(Doc doc) {
        return setup.baseline() != null && doc.root().resolve(setup.baseline()).normalize().equals(doc.file());
    }

    /** Every workspace folder given, else the root. */
    private static List<Path> workspaceRoots(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) {
            return innermostFirst(paths(folders));
        }
        @SuppressWarnings("deprecation")
        String rootUri = params.getRootUri();
        return rootUri == null ? List.of() : innermostFirst(paths(List.of(new WorkspaceFolder(rootUri, rootUri))));
    }

    private static Set<Path> paths(List<WorkspaceFolder> folders) {
        Set<Path> paths = new LinkedHashSet<>();
        for (WorkspaceFolder folder : folders == null ? List.<WorkspaceFolder>of() : folders) {
            try {
                paths.add(Path.of(URI.create(folder.getUri())).toAbsolutePath().normalize());
            } catch (RuntimeException e) {
                // a folder that is not a local path is not served
            }
        }
        return paths;
    }

    /** The innermost first, so that a document goes to the folder nearest it. */
    private static List<Path> innermostFirst(Set<Path> folders) {
        List<Path> sorted = new ArrayList<>(folders);
        sorted.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        return List.copyOf(sorted);
    }

    private static boolean contains(Range range, Position position) {
        return !before(position, range.getStart()) && !before(range.getEnd(), position);
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
    }
}
