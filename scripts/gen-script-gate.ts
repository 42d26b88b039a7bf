// Writes src/data/script-gate.generated.json from opencc-js's dictionaries, as src/normalize/script.ts
// builds them (node dist/scripts/gen-script-gate.js after npm run build; --check only compares): the units
// the conversion can act on, which let a page without any skip loading the dictionaries (script-gate.ts).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getConversion } from "../src/normalize/script.js";
import { gateUnits } from "../src/normalize/script-gate.js";
import { repoPath, syncGenerated } from "./generated.js";

export function renderScriptGate(): string {
  // opencc-js exports no package.json: read it beside the module require() resolves (dist/umd/full.js)
  const main = createRequire(import.meta.url).resolve("opencc-js");
  const { version } = JSON.parse(readFileSync(new URL("../../package.json", pathToFileURL(main)), "utf8")) as { version: string };
  const source = `opencc-js ${version}: hk2s and tw2s dictionaries as src/normalize/script.ts builds them (scripts/gen-script-gate.ts)`;
  return JSON.stringify({ source, units: gateUnits(getConversion()) }, null, 2) + "\n";
}

export const SCRIPT_GATE = "src/data/script-gate.generated.json";
export const SCRIPT_GATE_FILE = repoPath(SCRIPT_GATE);

const main = () => syncGenerated({ [SCRIPT_GATE]: renderScriptGate() }, "node dist/scripts/gen-script-gate.js");

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
