// Record contract v1, checked in place on a document the pipeline built typed. TypeScript already fixes
// its shape (keys, strings vs numbers, enum members, null or not: extractors build z.infer types), so
// only what a type cannot say is checked here: whole and non-negative numbers, ranges, date formats,
// name lengths, and every evidence span pointing into article.text with its quote equal to the slice.
// No copy is made: zod's parse rebuilt every object of every document (4–5% of a run plus its garbage).
import { STAGES, type Evidence, type ExtractionDocument, type Scope, type Tally } from "../schema/index.js";

export class ContractError extends Error {
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`record contract v1: ${path} ${what}`);
    this.name = "ContractError";
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PUBLISHED_AT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?\+08:00)?$/;

function fail(path: string, what: string): never {
  throw new ContractError(path, what);
}
const count = (v: number, path: string) => (Number.isInteger(v) && v >= 0) || fail(path, `must be a whole number ≥ 0, got ${v}`);
const countOrNull = (v: number | null, path: string) => v === null || count(v, path);
const inRange = (v: number | null, lo: number, hi: number, path: string) =>
  v === null || (Number.isInteger(v) && v >= lo && v <= hi) || fail(path, `must be a whole number in ${lo}..${hi}, got ${v}`);
const nonEmpty = (s: string, path: string) => s.length > 0 || fail(path, "must not be empty");

type Quoted = Pick<Evidence, "start" | "end" | "quote">;

function checkEvidence(list: Quoted[], text: string, path: string): void {
  checkQuotes(list, text, `${path}.evidence`);
}

/** every span inside the text, its quote the slice */
function checkQuotes(list: Quoted[], text: string, path: string): void {
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const at = `${path}[${i}]`;
    count(e.start, `${at}.start`);
    count(e.end, `${at}.end`);
    if (e.end < e.start || e.end > text.length) fail(at, `span ${e.start}..${e.end} is outside the text (${text.length})`);
    if (text.slice(e.start, e.end) !== e.quote) fail(`${at}.quote`, "is not article.text.slice(start, end)");
  }
}

function checkTally(t: Tally | null, path: string): void {
  if (t === null) return;
  countOrNull(t.projects, `${path}.projects`);
  countOrNull(t.investmentYuan, `${path}.investmentYuan`);
  countOrNull(t.outputValueYuan, `${path}.outputValueYuan`);
}

interface Counted {
  scope: Scope;
  year: number | null;
  signed: Tally | null;
  started: Tally | null;
  producing: Tally | null;
  total: Tally | null;
}
function checkCounted(m: Counted, path: string): void {
  nonEmpty(m.scope.name, `${path}.scope.name`);
  inRange(m.year, 1990, 2100, `${path}.year`);
  for (const stage of STAGES) checkTally(m[stage], `${path}.${stage}`);
}

/** Throws a ContractError naming the first field that breaks the contract; returns nothing. */
export function checkDocument(doc: ExtractionDocument): void {
  if (doc.schemaVersion !== 1) fail("schemaVersion", `must be 1, got ${doc.schemaVersion}`);
  const { text, publishedAt } = doc.article;
  if (publishedAt !== null && !PUBLISHED_AT.test(publishedAt)) fail("article.publishedAt", `is not ISO 8601 in +08:00: ${publishedAt}`);
  const n = doc.normalization;
  count(n.pinyinAnnotationsRemoved, "normalization.pinyinAnnotationsRemoved");
  if (n.widthFixes !== undefined) count(n.widthFixes, "normalization.widthFixes");
  if (n.convertedCharacters !== undefined) count(n.convertedCharacters, "normalization.convertedCharacters");
  n.garbled.forEach((g, i) => (count(g.start, `normalization.garbled[${i}].start`), count(g.end, `normalization.garbled[${i}].end`)));
  doc.rounds.forEach((r, i) => {
    const path = `rounds[${i}]`;
    checkCounted(r, path);
    inRange(r.ordinal, 1, 50, `${path}.ordinal`);
    if (r.date !== null && !ISO_DATE.test(r.date)) fail(`${path}.date`, `is not YYYY-MM-DD: ${r.date}`);
    checkEvidence(r.evidence, text, path);
  });
  doc.summaries.forEach((s, i) => {
    checkCounted(s, `summaries[${i}]`);
    inRange(s.rounds, 1, Number.MAX_SAFE_INTEGER, `summaries[${i}].rounds`);
    checkEvidence(s.evidence, text, `summaries[${i}]`);
  });
  doc.people.forEach((p, i) => {
    if (p.name.length < 2 || p.name.length > 4) fail(`people[${i}].name`, `must be 2–4 characters: ${p.name}`);
    checkEvidence(p.evidence, text, `people[${i}]`);
  });
  doc.zones.forEach((z, i) => {
    nonEmpty(z.name, `zones[${i}].name`);
    nonEmpty(z.mention, `zones[${i}].mention`);
    checkEvidence(z.evidence, text, `zones[${i}]`);
  });
  doc.figures.forEach((f, i) => {
    if (!Number.isFinite(f.value)) fail(`figures[${i}].value`, `must be finite, got ${f.value}`);
    checkEvidence(f.evidence, text, `figures[${i}]`);
  });
  checkQuotes(doc.uncaptured ?? [], text, "uncaptured");
  doc.warnings.forEach((w, i) => {
    if (w.start !== undefined) count(w.start, `warnings[${i}].start`);
    if (w.end !== undefined) count(w.end, `warnings[${i}].end`);
  });
}
