// Runs the Khronos glTF Validator (npm gltf-validator, its validateBytes API) on each file named
// on the command line and prints one line per file: "<file>: errors N warnings M", followed by each
// error (severity 0) as "  <code> <pointer>: <message>". Exit 0 when every file was read, whatever
// it holds (the caller decides); 2 when the validator or a file cannot be loaded.
// Usage: node validate-gltf.cjs <folder holding node_modules/gltf-validator> FILE...
'use strict';
const fs = require('fs');
const path = require('path');

async function main() {
  const [modules, ...files] = process.argv.slice(2);
  let validator;
  try {
    validator = require(path.join(modules, 'node_modules', 'gltf-validator'));
  } catch (e) {
    console.error(`cannot load gltf-validator from ${modules}: ${e.message}`);
    process.exit(2);
  }
  for (const file of files) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const report = await validator.validateBytes(bytes, {
      uri: path.basename(file),
      maxIssues: 0,  // all of them
      externalResourceFunction: (uri) => Promise.reject(new Error(`external resource ${uri}: none expected`)),
    });
    console.log(`${file}: errors ${report.issues.numErrors} warnings ${report.issues.numWarnings} validator ${report.validatorVersion}`);
    for (const m of report.issues.messages)
      if (m.severity === 0) console.log(`  ${m.code} ${m.pointer || ''}: ${m.message}`);
  }
}

main().catch((e) => {
  console.error(e && e.message ? e.message : String(e));
  process.exit(2);
});
