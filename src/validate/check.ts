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
// Each check is a test, and the failure's path is written in the call's right operand (`isCount(v) || notCount(…)`):
// a path is built only for a field that fails, not for every field of every document (some 60 strings a page).
const isCount = (v: number) => Number.isInteger(v) && v >= 0;
const notCount = (path: string, v: number): never => fail(path, `must be a whole number ≥ 0, got ${v}`);
const isCountOrNull = (v: number | null) => v === null || isCount(v);
const inRange = (v: number | null, lo: number, hi: number) => v === null || (Number.isInteger(v) && v >= lo && v <= hi);
const notInRange = (path: string, v: number | null, lo: number, hi: number): never =>
  fail(path, `must be a whole number in ${lo}..${hi}, got ${v}`);
const empty = (path: string): never => fail(path, "must not be empty");

type Quoted = Pick<Evidence, "start" | "end" | "quote">;

function checkEvidence(list: Quoted[], text: string, path: string): void {
  checkQuotes(list, text, `${path}.evidence`);
}

/** every span inside the text, its quote the slice */
function checkQuotes(list: Quoted[], text: string, path: string): void {
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    isCount(e.start) || notCount(`${path}[${i}].start`, e.start);
    isCount(e.end) || notCount(`${path}[${i}].end`, e.end);
    if (e.end < e.start || e.end > text.length) fail(`${path}[${i}]`, `span ${e.start}..${e.end} is outside the text (${text.length})`);
    if (text.slice(e.start, e.end) !== e.quote) fail(`${path}[${i}].quote`, "is not article.text.slice(start, end)");
  }
}

function checkTally(t: Tally | null, path: string): void {
  if (t === null) return;
  isCountOrNull(t.projects) || notCount(`${path}.projects`, t.projects!);
  isCountOrNull(t.investmentYuan) || notCount(`${path}.investmentYuan`, t.investmentYuan!);
  isCountOrNull(t.outputValueYuan) || notCount(`${path}.outputValueYuan`, t.outputValueYuan!);
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
  m.scope.name.length > 0 || empty(`${path}.scope.name`);
  inRange(m.year, 1990, 2100) || notInRange(`${path}.year`, m.year, 1990, 2100);
  for (const stage of STAGES) if (m[stage] !== null) checkTally(m[stage], `${path}.${stage}`);
}

/** Throws a ContractError naming the first field that breaks the contract; returns nothing. */
export function checkDocument(doc: ExtractionDocument): void {
  if (doc.schemaVersion !== 1) fail("schemaVersion", `must be 1, got ${doc.schemaVersion}`);
  const { text, publishedAt } = doc.article;
  if (publishedAt !== null && !PUBLISHED_AT.test(publishedAt)) fail("article.publishedAt", `is not ISO 8601 in +08:00: ${publishedAt}`);
  const n = doc.normalization;
  isCount(n.pinyinAnnotationsRemoved) || notCount("normalization.pinyinAnnotationsRemoved", n.pinyinAnnotationsRemoved);
  if (n.widthFixes !== undefined) isCount(n.widthFixes) || notCount("normalization.widthFixes", n.widthFixes);
  if (n.convertedCharacters !== undefined)
    isCount(n.convertedCharacters) || notCount("normalization.convertedCharacters", n.convertedCharacters);
  n.garbled.forEach((g, i) => {
    isCount(g.start) || notCount(`normalization.garbled[${i}].start`, g.start);
    isCount(g.end) || notCount(`normalization.garbled[${i}].end`, g.end);
  });
  doc.rounds.forEach((r, i) => {
    const path = `rounds[${i}]`;
    checkCounted(r, path);
    inRange(r.ordinal, 1, 50) || notInRange(`${path}.ordinal`, r.ordinal, 1, 50);
    if (r.date !== null && !ISO_DATE.test(r.date)) fail(`${path}.date`, `is not YYYY-MM-DD: ${r.date}`);
    checkEvidence(r.evidence, text, path);
  });
  doc.summaries.forEach((s, i) => {
    checkCounted(s, `summaries[${i}]`);
    inRange(s.rounds, 1, Number.MAX_SAFE_INTEGER) || notInRange(`summaries[${i}].rounds`, s.rounds, 1, Number.MAX_SAFE_INTEGER);
    checkEvidence(s.evidence, text, `summaries[${i}]`);
  });
  doc.people.forEach((p, i) => {
    if (p.name.length < 2 || p.name.length > 4) fail(`people[${i}].name`, `must be 2–4 characters: ${p.name}`);
    checkEvidence(p.evidence, text, `people[${i}]`);
  });
  doc.zones.forEach((z, i) => {
    z.name.length > 0 || empty(`zones[${i}].name`);
    z.mention.length > 0 || empty(`zones[${i}].mention`);
    checkEvidence(z.evidence, text, `zones[${i}]`);
  });
  doc.figures.forEach((f, i) => {
    if (!Number.isFinite(f.value)) fail(`figures[${i}].value`, `must be finite, got ${f.value}`);
    checkEvidence(f.evidence, text, `figures[${i}]`);
  });
  checkQuotes(doc.uncaptured ?? [], text, "uncaptured");
  doc.warnings.forEach((w, i) => {
    if (w.start !== undefined) isCount(w.start) || notCount(`warnings[${i}].start`, w.start);
    if (w.end !== undefined) isCount(w.end) || notCount(`warnings[${i}].end`, w.end);
  });
}
