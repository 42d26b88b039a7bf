// Writes schemas/*.schema.json from the zod schemas in src/schema (npm run schemas).
// With --check, writes nothing and exits 1 when a committed file is stale.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ExtractionDocument, MergedDataset, MergedRound } from "../src/schema/index.js";

export const SCHEMAS: Record<string, z.ZodType> = {
  "extraction-document": ExtractionDocument,
  "merged-dataset": MergedDataset,
  "merged-round": MergedRound,
};

export function renderSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
    out[`${name}.schema.json`] = JSON.stringify({ $id: `zhpress/${name}/v1`, ...json }, null, 2) + "\n";
  }
  return out;
}

function main(): number {
  const dir = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "schemas");
  const check = process.argv.includes("--check");
  let stale = 0;
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(renderSchemas())) {
    const path = join(dir, file);
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current === content) continue;
    if (check) {
      stale++;
      console.error(`schemas/${file} is stale: run npm run schemas`);
    } else {
      writeFileSync(path, content);
      console.log(`wrote schemas/${file}`);
    }
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
