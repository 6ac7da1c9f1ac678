'use strict';
// extension.js with the real vscode-languageclient and a real `loclint server`, in a stand-in for VS Code
// (fake-vscode.js): activating it must start the server in the workspace folder, send it the open file loclint reads
// and show the server's findings for it. LOCLINT_PATH names the launcher (default: loclint on PATH), as the
// loclint.path setting would; LOCLINT_FIXTURE the code location (default: testdata/naming of this repository).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');
const { createVscode, createTextDocument } = require('./fake-vscode');

const fixture = process.env.LOCLINT_FIXTURE || path.resolve(__dirname, '../../../testdata/naming');

async function waitFor(what, condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = condition();
    if (value) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

test('activating the extension shows loclint server\'s findings for the open file', async () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'loclint-vscode-'));
  fs.cpSync(fixture, workspace, { recursive: true });
  const jobs = path.join(workspace, 'src/inventory_sync_service/jobs.py');
  const readme = path.join(workspace, 'README.md');
  const { vscode, host } = createVscode({
    workspaceFolder: workspace,
    documents: [
      createTextDocument(jobs, 'python', fs.readFileSync(jobs, 'utf8')),
      createTextDocument(readme, 'markdown', '# not a file loclint reads\n'),
    ],
    settings: { 'loclint.path': process.env.LOCLINT_PATH || 'loclint' },
  });
  const load = Module._load;
  Module._load = function loadWithVscode(request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
  const extension = require('../extension');
  const context = { subscriptions: [] };
  try {
    await extension.activate(context);
    assert.deepStrictEqual(host.errors, [], host.output.join(''));
    const diagnostics = await waitFor('diagnostics for jobs.py', () => host.diagnostics(vscode.Uri.file(jobs)), 120000)
      .catch((error) => assert.fail(`${error.message}; the client's output:\n${host.output.join('')}`));
    // a code with a codeDescription reaches VS Code as { value, target }: the code links to the rule's page
    const shown = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code.value} ${
      ['error', 'warning', 'information', 'hint'][d.severity]}`).sort();
    assert.match(diagnostics[0].code.target.toString(), new RegExp(`/docs/rules/${diagnostics[0].code.value}\\.md$`));
    // the findings `loclint check` reports for jobs.py (its `# expect:` markers), as VS Code shows them
    assert.deepStrictEqual(shown, [
      '12:11 NAM001 error', '12:11 TST002 information',
      '18:5 NAM001 error', '18:5 TST002 information',
      '22:37 DEF002 information',
      '23:35 DEF002 information', '23:35 NAM001 error',
      '24:42 DEF002 information', '24:42 NAM001 error',
      '25:42 DEF002 information',
      '26:41 DEF002 information', '26:41 NAM001 error',
      '27:1 DEF002 information', '27:1 NAM001 error',
      '8:5 TST002 information',
    ]);
    assert.strictEqual(host.diagnostics(vscode.Uri.file(readme)), undefined, 'README.md is not sent to the server');
  } finally {
    await extension.deactivate();
    context.subscriptions.forEach((d) => d.dispose());
    Module._load = load;
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});
