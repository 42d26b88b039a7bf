// Writes src/data/script-tables.generated.json and src/data/script-gate.generated.json from opencc-js's dictionaries
// (node dist/scripts/gen-script-gate.js after npm run build; --check only compares): the conversion's tables, which
// the runtime reads instead of loading opencc-js (src/normalize/script.ts), and the units the conversion can act on,
// which let a page without any skip building them (script-gate.ts).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gateUnits } from "../src/normalize/script-gate.js";
import { repoPath, syncGenerated } from "./generated.js";
import { conversionFromOpenCC, tablesFromOpenCC } from "./script-tables.js";

function openccVersion(): string {
  // opencc-js exports no package.json: read it beside the module require() resolves (dist/umd/full.js)
  const main = createRequire(import.meta.url).resolve("opencc-js");
  return (JSON.parse(readFileSync(new URL("../../package.json", pathToFileURL(main)), "utf8")) as { version: string }).version;
}

export function renderScriptGate(): string {
  const source = `opencc-js ${openccVersion()}: hk2s and tw2s dictionaries as scripts/script-tables.ts builds them (scripts/gen-script-gate.ts)`;
  return JSON.stringify({ source, units: gateUnits(conversionFromOpenCC()) }, null, 2) + "\n";
}

export function renderScriptTables(): string {
  const { bmp, astral, phrases, simplifiedOnly } = tablesFromOpenCC();
  const source = `opencc-js ${openccVersion()}: hk2s and tw2s dictionaries, offset-stable entries only (scripts/gen-script-gate.ts)`;
  return JSON.stringify({ source, bmp, astral, phrases, simplifiedOnly }) + "\n";
}

export const SCRIPT_GATE = "src/data/script-gate.generated.json";
export const SCRIPT_GATE_FILE = repoPath(SCRIPT_GATE);
export const SCRIPT_TABLES = "src/data/script-tables.generated.json";
export const SCRIPT_TABLES_FILE = repoPath(SCRIPT_TABLES);

const main = () =>
  syncGenerated({ [SCRIPT_GATE]: renderScriptGate(), [SCRIPT_TABLES]: renderScriptTables() }, "node dist/scripts/gen-script-gate.js");

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
