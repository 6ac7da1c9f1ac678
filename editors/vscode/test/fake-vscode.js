'use strict';
// The part of VS Code's extension API that extension.js and vscode-languageclient use to start a server, open a
// document and show its diagnostics, in plain Node: no VS Code can be downloaded where the tests run. What the
// client only registers (hover, completion and the other providers) gets a stand-in that does nothing.
const path = require('path');
const { minimatch } = require('minimatch');

class Disposable {
  constructor(onDispose) {
    this.onDispose = onDispose;
  }
  static from(...disposables) {
    return new Disposable(() => disposables.forEach((d) => d && d.dispose && d.dispose()));
  }
  dispose() {
    if (this.onDispose) {
      this.onDispose();
    }
  }
}

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener, thisArg) => {
      const bound = thisArg ? listener.bind(thisArg) : listener;
      this.listeners.add(bound);
      return new Disposable(() => this.listeners.delete(bound));
    };
  }
  fire(value) {
    [...this.listeners].forEach((listener) => listener(value));
  }
  dispose() {
    this.listeners.clear();
  }
}

const noEvent = () => new Disposable();

class Uri {
  constructor(scheme, authority, uriPath) {
    this.scheme = scheme;
    this.authority = authority;
    this.path = uriPath;
    this.fsPath = uriPath;
  }
  static file(fsPath) {
    return new Uri('file', '', path.resolve(fsPath));
  }
  static parse(value) {
    const url = new URL(value);
    return new Uri(url.protocol.replace(/:$/, ''), url.host, decodeURIComponent(url.pathname));
  }
  toString() {
    return `${this.scheme}://${this.authority}${encodeURI(this.path)}`;
  }
  toJSON() {
    return this.toString();
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(a, b, c, d) {
    [this.start, this.end] = a instanceof Position ? [a, b] : [new Position(a, b), new Position(c, d)];
  }
}

class Diagnostic {
  constructor(range, message, severity) {
    this.range = range;
    this.message = message;
    this.severity = severity;
  }
}

class CancellationTokenSource {
  constructor() {
    const emitter = new EventEmitter();
    this.token = { isCancellationRequested: false, onCancellationRequested: emitter.event };
    this.cancel = () => {
      this.token.isCancellationRequested = true;
      emitter.fire();
    };
    this.dispose = () => emitter.dispose();
  }
}

/** A class for an API type nothing here looks into; its static members read as their own names (enum values). */
function standIn() {
  return new Proxy(class {
    constructor(...args) {
      this.args = args;
    }
  }, { get: (target, property) => (property in target ? target[property] : String(property)) });
}

/** A namespace whose every function does nothing and returns something disposable. */
function inertNamespace(known) {
  return new Proxy(known, {
    get: (target, property) => (property in target ? target[property] : () => new Disposable()),
  });
}

function createTextDocument(file, languageId, text) {
  const lines = text.split('\n');
  return {
    uri: Uri.file(file),
    fileName: path.resolve(file),
    languageId,
    version: 1,
    isClosed: false,
    isUntitled: false,
    lineCount: lines.length,
    getText: () => text,
  };
}

/** The API object, with `host` to set the workspace up and read what the client did. */
function createVscode({ workspaceFolder, documents, settings }) {
  const diagnosticCollections = [];
  const openDocument = new EventEmitter();
  const host = {
    output: [],
    errors: [],
    /** What the client's diagnostic collections show for `uri` (it names them only when told a name). */
    diagnostics(uri) {
      const showing = diagnosticCollections.find((collection) => collection.entries.has(uri.toString()));
      return showing ? showing.entries.get(uri.toString()) : undefined;
    },
  };
  const vscode = {
    version: '1.82.0',
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Diagnostic,
    CancellationTokenSource,
    CancellationError: class CancellationError extends Error {},
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    env: { appName: 'fake VS Code', language: 'en', openExternal: async () => true },
    workspace: inertNamespace({
      workspaceFolders: [{ uri: Uri.file(workspaceFolder), name: path.basename(workspaceFolder), index: 0 }],
      textDocuments: documents,
      getConfiguration: (section) => ({
        get: (key, fallback) => {
          const value = settings[section ? `${section}.${key}` : key];
          return value === undefined ? fallback : value;
        },
        has: (key) => (section ? `${section}.${key}` : key) in settings,
      }),
      getWorkspaceFolder: () => vscode.workspace.workspaceFolders[0],
      onDidOpenTextDocument: openDocument.event,
      createFileSystemWatcher: () => ({
        onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, dispose() {},
      }),
    }),
    window: inertNamespace({
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: noEvent },
      createOutputChannel: (name) => ({
        name,
        append: (text) => host.output.push(text),
        appendLine: (text) => host.output.push(`${text}\n`),
        replace() {}, clear() {}, show() {}, hide() {}, dispose() {},
      }),
      showErrorMessage: async (message) => {
        host.errors.push(message);
        return undefined;
      },
      showWarningMessage: async () => undefined,
      showInformationMessage: async () => undefined,
    }),
    languages: inertNamespace({
      // VS Code's document filter: every given field must fit; only the fields extension.js uses are read
      match: (selector, document) => ([].concat(selector).some((filter) => (typeof filter === 'string'
        ? filter === document.languageId
        : (!filter.scheme || filter.scheme === document.uri.scheme)
          && (!filter.language || filter.language === document.languageId)
          && (!filter.pattern || minimatch(document.uri.fsPath, filter.pattern, { dot: true })))) ? 10 : 0),
      createDiagnosticCollection: (name) => {
        const collection = {
          name,
          entries: new Map(),
          set(uri, diagnostics) {
            if (Array.isArray(uri)) {
              uri.forEach(([u, d]) => this.set(u, d));
            } else {
              this.entries.set(uri.toString(), diagnostics);
            }
          },
          get(uri) {
            return this.entries.get(uri.toString());
          },
          has(uri) {
            return this.entries.has(uri.toString());
          },
          delete(uri) {
            this.entries.delete(uri.toString());
          },
          clear() {
            this.entries.clear();
          },
          forEach(callback) {
            this.entries.forEach((diagnostics, uri) => callback(Uri.parse(uri), diagnostics, this));
          },
          dispose() {},
        };
        diagnosticCollections.push(collection);
        return collection;
      },
    }),
    commands: inertNamespace({
      registerCommand: () => new Disposable(),
      executeCommand: async () => undefined,
    }),
  };
  return {
    vscode: new Proxy(vscode, { get: (target, property) => (property in target ? target[property] : standIn()) }),
    host,
  };
}

module.exports = { createVscode, createTextDocument };
