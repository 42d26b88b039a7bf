// Reads extraction JSONL: every malformed line is named (file:line) and skipped, the rest is kept.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { ExtractionDocument } from "../schema/index.js";
import type { BatchFailure } from "./batch.js";

export async function readExtractions(paths: string[]): Promise<{ docs: ExtractionDocument[]; failures: BatchFailure[] }> {
  const docs: ExtractionDocument[] = [];
  const failures: BatchFailure[] = [];
  for (const path of paths) {
    const s = path === "-" ? null : await stat(path).catch(() => null);
    if (path !== "-" && !s?.isFile()) {
      failures.push({ input: path, code: "not-found", reason: "no such file" });
      continue;
    }
    const lines = createInterface({ input: path === "-" ? process.stdin : createReadStream(path), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (e) {
        failures.push({ input: `${path}:${n}`, code: "bad-json", reason: `not JSON (${(e as Error).message})` });
        continue;
      }
      const parsed = ExtractionDocument.safeParse(json);
      if (parsed.success) docs.push(parsed.data);
      else {
        const i = parsed.error.issues[0];
        failures.push({
          input: `${path}:${n}`,
          code: "bad-record",
          reason: `not an extraction document (${i.path.join(".") || "(root)"}: ${i.message})`,
        });
      }
    }
  }
  return { docs, failures };
}
