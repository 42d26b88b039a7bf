// npm test's TypeScript step: one program over tsconfig.json (src, scripts, test, vitest.config.ts) type-checks
// every file once and writes what `tsc -p tsconfig.build.json` writes (the outputs of src/ and scripts/ in dist/,
// byte for byte: the same options, the same check before the emit), nothing for the tests. `npm run build` and then
// `tsc -p tsconfig.json --noEmit` type-checked src/ and scripts/ twice: ~45 CPU-s where this takes ~25.
// npm test runs it, then the review page (`tsc -p web/tsconfig.json`, which reads the .d.ts written here) and
// bundle-cli.mjs: together what `npm run build` does.
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("..", import.meta.url));

/** the options and files of a tsconfig, its errors reported as tsc reports them */
function parse(name) {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) };
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, name), undefined, host);
  if (parsed.errors.length > 0) fail(parsed.errors);
  return parsed;
}

const format = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => ts.sys.newLine,
};
function fail(diagnostics) {
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, format));
  process.exit(1);
}
const failWith = (messageText) => fail([{ category: ts.DiagnosticCategory.Error, code: 0, file: undefined, messageText }]);

const all = parse("tsconfig.json");
const build = parse("tsconfig.build.json");
const outDir = build.options.outDir;
// the build's outputs: its own options must be the ones the whole program is compiled with
for (const key of new Set([...Object.keys(all.options), ...Object.keys(build.options)]))
  if (key !== "configFilePath" && JSON.stringify(all.options[key]) !== JSON.stringify(build.options[key]))
    failWith(`tsconfig.build.json sets ${key} apart`);
const inAll = new Set(all.fileNames);
const missing = build.fileNames.filter((f) => !inAll.has(f));
if (missing.length > 0) failWith(`not in tsconfig.json: ${missing.join(", ")}`);
const kept = new Set(build.fileNames.map((f) => relative(root, dirname(f)).split(sep)[0])); // the top folders the build compiles: src, scripts

const program = ts.createProgram({ rootNames: all.fileNames, options: all.options, projectReferences: all.projectReferences });
const diagnostics = ts.getPreEmitDiagnostics(program);
const result = program.emit(undefined, (file, text, bom) => {
  if (kept.has(relative(outDir, file).split(sep)[0])) ts.sys.writeFile(file, text, bom);
});
const errors = ts.sortAndDeduplicateDiagnostics([...diagnostics, ...result.diagnostics]);
if (errors.length > 0) fail(errors);
