// Corpus totals: precision, recall and F1 per field, plus numbers precision, and their printout.
import { FIELDS, emptyCounts, type ArticleScore, type Counts, type Field } from "./score.js";

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export interface Report {
  fields: Record<Field, Prf>;
  numbers: { precision: number; emitted: number; unexpected: number };
  articles: number;
}

/** Nothing emitted is perfectly precise; nothing expected is perfectly recalled. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

export function summarize(scores: ArticleScore[]): Report {
  const total = emptyCounts();
  for (const s of scores) for (const f of FIELDS) for (const k of ["tp", "fp", "fn"] as const) total[f][k] += s.counts[f][k];
  const emitted = scores.reduce((n, s) => n + s.numbers.emitted, 0);
  const unexpected = scores.reduce((n, s) => n + s.numbers.unexpected.length, 0);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, prf(total[f])])) as Record<Field, Prf>;
  return { fields, numbers: { precision: emitted ? (emitted - unexpected) / emitted : 1, emitted, unexpected }, articles: scores.length };
}

/** Flat score names as the baseline pins them: "rounds.f1", "numbers.precision" … */
export function flatScores(r: Report): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of FIELDS) for (const k of ["precision", "recall", "f1"] as const) out[`${f}.${k}`] = r.fields[f][k];
  out["numbers.precision"] = r.numbers.precision;
  return out;
}

export function formatReport(r: Report): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`corpus: ${r.articles} articles`, `${"field".padEnd(14)} precision  recall     F1    (tp/fp/fn)`];
  for (const f of FIELDS) {
    const s = r.fields[f];
    lines.push(
      `${f.padEnd(14)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)}    (${s.tp}/${s.fp}/${s.fn})`,
    );
  }
  lines.push(
    `${"numbers".padEnd(14)} ${pct(r.numbers.precision).padStart(9)}    (${r.numbers.emitted} emitted, ${r.numbers.unexpected} not stated)`,
  );
  return lines.join("\n");
}
