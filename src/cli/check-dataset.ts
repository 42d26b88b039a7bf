// Where `check` reads its dataset from, behind one function: a database (FILE.db, postgres://…, or a folder holding
// zhpress.db), a dataset folder (rounds.jsonl, and the summaries in extractions.jsonl), a rounds.jsonl file, or
// inputs extracted and merged on the fly. A path that does not exist or
// inputs that all fail are a usage error, never an empty dataset that would answer "not enough evidence".
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { summariesOf, type CheckDataset } from "../check/index.js";
import { mergeDocuments } from "../merge/index.js";
import type { Options } from "../options.js";
import { ExtractionDocument, MergedRound } from "../schema/index.js";
import { isPostgresUrl, openStore } from "../store/index.js";
import { extractBatch, progressReporter, reportFailures } from "./batch.js";
import { UsageError } from "./handle-error.js";

const isRemote = (input: string) =>
  isPostgresUrl(input) || /^https?:\/\//u.test(input) || input === "-" || input.startsWith("@") || /[*?[]/u.test(input);

export async function loadCheckDataset(inputs: string[], opts: Options): Promise<CheckDataset> {
  if (inputs.length === 0) throw new UsageError("check needs a dataset folder (from zhpress run --out) or inputs to extract");
  for (const input of inputs)
    if (!isRemote(input) && !(await stat(input).catch(() => null)))
      throw new UsageError(`no dataset folder or input at ${input} (make one with: zhpress run <inputs> --out ${input})`);
  if (inputs.length === 1) {
    const s = isRemote(inputs[0]) ? null : await stat(inputs[0]).catch(() => null);
    const db = isPostgresUrl(inputs[0])
      ? inputs[0]
      : inputs[0].endsWith(".db")
        ? inputs[0]
        : s?.isDirectory()
          ? join(inputs[0], "zhpress.db")
          : null;
    if (db && (isPostgresUrl(db) || (await stat(db).catch(() => null))?.isFile())) return readStore(db);
    const dir = s?.isDirectory() ? inputs[0] : null;
    const rounds = dir ? join(dir, "rounds.jsonl") : inputs[0].endsWith("rounds.jsonl") ? inputs[0] : null;
    if (rounds && (await stat(rounds).catch(() => null))?.isFile()) {
      const extractions = join(dir ?? join(rounds, ".."), "extractions.jsonl");
      const docs = (await stat(extractions).catch(() => null))?.isFile()
        ? await readJsonl(extractions, ExtractionDocument, "an extraction")
        : [];
      return { rounds: await readJsonl(rounds, MergedRound, "a merged round"), summaries: summariesOf(docs) };
    }
  }
  const docs: ExtractionDocument[] = [];
  const result = await extractBatch(inputs, opts, async (e) => void docs.push(e.doc), progressReporter(opts.quiet));
  reportFailures(result.failures);
  if (docs.length === 0) throw new UsageError(`no article could be read from ${inputs.join(" ")}: no dataset to check against`);
  return { rounds: mergeDocuments(docs).rounds, summaries: summariesOf(docs) };
}

async function readJsonl<T>(
  file: string,
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  what: string,
): Promise<T[]> {
  const rows: T[] = [];
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new UsageError(`${file}:${n}: not JSON`);
    }
    const r = schema.safeParse(json);
    if (!r.success) throw new UsageError(`${file}:${n}: not ${what} (${r.error.issues[0].path.join(".")}: ${r.error.issues[0].message})`);
    rows.push(r.data);
  }
  return rows;
}

/** The merged rounds and the documents' summaries of a database written by zhpress run. */
async function readStore(db: string): Promise<CheckDataset> {
  const store = await openStore(db, { mustExist: true });
  try {
    const dataset = await store.getDataset();
    if (!dataset) throw new UsageError(`${store.location} holds no merged dataset yet (zhpress run <inputs> --db ${store.location})`);
    const docs = (await store.listDocuments()).map((d) => d.document);
    return { rounds: dataset.rounds, summaries: summariesOf(docs) };
  } finally {
    await store.close();
  }
}
