// `zhpress check "<claim>" <dataset dir | inputs…>`: a journalist's claim against the merged rounds.
// Exit codes: 0 supported, 1 contradicted, 4 not found; 2 stays a usage error (e.g. an unreadable claim).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { mergeDocuments } from "../../merge/index.js";
import { judgeClaim, parseClaim, type ClaimReport, type Verdict } from "../../check/index.js";
import type { Options } from "../../options.js";
import { MergedRound, type ExtractionDocument } from "../../schema/index.js";
import { isPostgresUrl, openStore } from "../../store/index.js";
import { extractBatch, progressReporter, reportFailures } from "../batch.js";
import { UsageError } from "../handle-error.js";

export const VERDICT_EXIT: Record<Verdict, number> = { supported: 0, contradicted: 1, "not-found": 4 };

export interface CheckArgs {
  claim: string;
  inputs: string[];
  json: boolean;
}

export async function checkCommand(args: CheckArgs, opts: Options): Promise<number> {
  const parsed = parseClaim(args.claim);
  if (!parsed.ok) throw new UsageError(`cannot read the claim "${args.claim}": ${parsed.reason}`);
  if (args.inputs.length === 0) throw new UsageError("check needs a dataset folder (from zhpress run --out) or inputs to extract");
  const rounds = await loadRounds(args.inputs, opts);
  const report = judgeClaim(parsed.claim, rounds);
  process.stdout.write(args.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
  return VERDICT_EXIT[report.verdict];
}

/** A database (FILE.db, postgres://…, or a folder with zhpress.db), a dataset folder (rounds.jsonl inside) or a rounds.jsonl file is read; anything else is extracted and merged. */
async function loadRounds(inputs: string[], opts: Options): Promise<MergedRound[]> {
  if (inputs.length === 1) {
    if (isPostgresUrl(inputs[0])) return readStoredRounds(inputs[0]);
    const s = await stat(inputs[0]).catch(() => null);
    const db = inputs[0].endsWith(".db") ? inputs[0] : s?.isDirectory() ? join(inputs[0], "zhpress.db") : null;
    if (db && (await stat(db).catch(() => null))?.isFile()) return readStoredRounds(db);
    const file = s?.isDirectory() ? join(inputs[0], "rounds.jsonl") : inputs[0].endsWith("rounds.jsonl") ? inputs[0] : null;
    if (file && (await stat(file).catch(() => null))?.isFile()) return readRounds(file);
  }
  const docs: ExtractionDocument[] = [];
  const result = await extractBatch(inputs, opts, async (doc) => void docs.push(doc), progressReporter(opts.quiet));
  reportFailures(result.failures);
  return mergeDocuments(docs).rounds;
}

async function readStoredRounds(db: string): Promise<MergedRound[]> {
  const store = await openStore(db, { mustExist: true });
  try {
    const dataset = await store.getDataset();
    if (!dataset) throw new UsageError(`${store.location} holds no merged dataset yet (zhpress run <inputs> --db ${store.location})`);
    return dataset.rounds;
  } finally {
    await store.close();
  }
}

async function readRounds(file: string): Promise<MergedRound[]> {
  const rounds: MergedRound[] = [];
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
    const r = MergedRound.safeParse(json);
    if (!r.success)
      throw new UsageError(`${file}:${n}: not a merged round (${r.error.issues[0].path.join(".")}: ${r.error.issues[0].message})`);
    rounds.push(r.data);
  }
  return rounds;
}

/** 24798000000 → "247.98亿元" for money fields, exact (string arithmetic); counts as they are. */
export function showValue(field: string, v: unknown): string {
  if (typeof v !== "number" || !field.endsWith("Yuan") || !Number.isInteger(v)) return String(v);
  const digits = String(v).padStart(9, "0");
  const [whole, frac] = [digits.slice(0, -8), digits.slice(-8).replace(/(?<!0)0+$/, "")];
  return `${whole}${frac ? `.${frac}` : ""}亿元`;
}

export function formatReport(report: ClaimReport): string {
  const lines = [`${report.verdict}: ${report.claim.text}`, `  ${report.message}`];
  if (report.round) lines.push(`  round ${report.round}`);
  for (const f of report.figures) {
    const recorded = f.recorded === null ? "-" : showValue(f.field, f.recorded);
    lines.push(`  ${f.field}: claimed ${f.qualifier ?? ""}${showValue(f.field, f.claimed)}, recorded ${recorded} → ${f.verdict}`);
    for (const s of f.sources) {
      const where = s.path ?? s.url ?? s.articleId;
      const said = s.value === null ? "does not say" : showValue(f.field, s.value);
      lines.push(
        `    ${s.outlet ?? "?"} ${s.publishedAt ?? "?"} ${where}${s.independent ? "" : " (repost)"}: ${said}${s.quote ? ` 「${s.quote}」` : ""}`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
