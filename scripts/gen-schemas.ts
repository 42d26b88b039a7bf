// Writes schemas/*.schema.json from the zod schemas in src/schema (npm run schemas).
// With --check, writes nothing and exits 1 when a committed file is stale.
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ExtractionDocument, MergedDataset, MergedRound } from "../src/schema/index.js";
import { syncGenerated } from "./generated.js";

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

const main = () =>
  syncGenerated(
    Object.fromEntries(Object.entries(renderSchemas()).map(([file, content]) => [`schemas/${file}`, content])),
    "npm run schemas",
  );

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
