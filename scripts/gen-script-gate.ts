// Writes src/data/script-gate.generated.json from opencc-js's dictionaries, as src/normalize/script.ts
// builds them (node dist/scripts/gen-script-gate.js after npm run build; --check only compares): the units
// the conversion can act on, which let a page without any skip loading the dictionaries (script-gate.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getConversion } from "../src/normalize/script.js";
import { gateUnits } from "../src/normalize/script-gate.js";

export function renderScriptGate(): string {
  // opencc-js exports no package.json: read it beside the module require() resolves (dist/umd/full.js)
  const main = createRequire(import.meta.url).resolve("opencc-js");
  const { version } = JSON.parse(readFileSync(new URL("../../package.json", pathToFileURL(main)), "utf8")) as { version: string };
  const source = `opencc-js ${version}: hk2s and tw2s dictionaries as src/normalize/script.ts builds them (scripts/gen-script-gate.ts)`;
  return JSON.stringify({ source, units: gateUnits(getConversion()) }, null, 2) + "\n";
}

// run as dist/scripts/gen-script-gate.js or from scripts/ (tsx, tests)
const ROOT = new URL(import.meta.url.endsWith("/dist/scripts/gen-script-gate.js") ? "../../" : "../", import.meta.url);
export const SCRIPT_GATE_FILE = fileURLToPath(new URL("src/data/script-gate.generated.json", ROOT));

function main(): number {
  const content = renderScriptGate();
  let current = "";
  try {
    current = readFileSync(SCRIPT_GATE_FILE, "utf8");
  } catch {}
  if (current === content) return 0;
  if (process.argv.includes("--check")) {
    console.error("src/data/script-gate.generated.json is stale: run node dist/scripts/gen-script-gate.js");
    return 1;
  }
  writeFileSync(SCRIPT_GATE_FILE, content);
  console.log("wrote src/data/script-gate.generated.json");
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
