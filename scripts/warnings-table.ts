// Prints the README's Warnings table from the code table in src/schema/warnings.ts
// (node dist/scripts/warnings-table.js); test/schema/warnings.test.ts fails when the README's copy is stale.
import { fileURLToPath } from "node:url";
import { WARNING_CODES, type WarningCode } from "../src/schema/index.js";

export function renderWarningsTable(): string {
  const rows = (Object.keys(WARNING_CODES) as WarningCode[]).map((code) => {
    const { severity, stage, description } = WARNING_CODES[code];
    return `| \`${code}\` | ${severity} | ${stage} | ${description} |`;
  });
  return ["| code | severity | stage | meaning |", "|---|---|---|---|", ...rows].join("\n") + "\n";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(renderWarningsTable());
