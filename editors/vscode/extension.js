'use strict';
// Starts `loclint server` over stdio for the workspace and hands it every file kind loclint reads; the server
// does the linting, so this file only launches it and restarts it when its settings change.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

// The same names the engine's FileKind classifies (Python, pyproject/TOML, YAML and Helm templates, Dockerfiles,
// requirements, .env, setup.cfg): by pattern, not language id, because TOML and .env have no built-in language.
const FILE_PATTERNS = [
  '**/*.{py,pyi}',
  '**/*.toml',
  '**/*.{yaml,yml}',
  '**/values*.{yaml,yml}.j2',
  '**/templates/**/*.{tpl,txt}',
  '**/{Dockerfile,dockerfile,Containerfile,containerfile}*',
  '**/*.{dockerfile,Dockerfile}',
  '**/requirements*.txt',
  '**/setup.cfg',
  '**/{.env,.env.*,.env-*,*.env}',
];

/** @type {LanguageClient | undefined} */
let client;

function createClient() {
  const settings = vscode.workspace.getConfiguration('loclint');
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  const executable = {
    command: settings.get('path', 'loclint'),
    // stdio, the default: naming TransportKind.stdio here would make the client append --stdio to the arguments
    args: ['server'],
    // the server reads the code locations under the folder it starts in, as `loclint check` with no path does
    options: folder ? { cwd: folder.uri.fsPath } : undefined,
  };
  return new LanguageClient('loclint', 'loclint', { run: executable, debug: executable }, {
    // no synchronize.fileEvents: the server registers the file watchers it needs (configuration, created and
    // deleted files) itself, and watchers here as well would send each event twice
    documentSelector: FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
  });
}

async function restart() {
  if (client) {
    await client.stop();
  }
  client = createClient();
  await client.start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('loclint.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((change) => {
      if (change.affectsConfiguration('loclint.path')) {
        restart();
      }
    }),
  );
  try {
    await restart();
  } catch (error) {
    vscode.window.showErrorMessage(`loclint: could not start '${vscode.workspace.getConfiguration('loclint')
      .get('path', 'loclint')} server' (${error.message}); set loclint.path to the loclint launcher`);
  }
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
