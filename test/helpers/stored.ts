// A folder's files extracted in-process, each with the page record a store keeps for it (a fixed fetch time, the
// article id as its bytes hash), for tests that fill a store without running the CLI.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { resolveOptions } from "../../src/options.js";
import { extractInput } from "../../src/pipeline.js";
import type { ExtractionDocument } from "../../src/schema/index.js";
import type { PageRecord } from "../../src/store/index.js";

export type Stored = [PageRecord, ExtractionDocument];

export async function extractFolder(dir: string): Promise<Stored[]> {
  const opts = resolveOptions({ quiet: true, workers: 0 });
  const out: Stored[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const doc = await extractInput({ kind: "file", path }, opts);
    const page: PageRecord = {
      inputKey: path,
      bytesHash: doc.article.id.padEnd(64, "0"),
      path,
      url: null,
      finalUrl: null,
      contentType: null,
      byteLength: doc.article.text.length,
      fetchedAt: "2026-01-01T00:00:00.000Z",
    };
    out.push([page, doc]);
  }
  return out;
}
