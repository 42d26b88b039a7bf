// Drafts of round mentions within one article: one per (scope, round), a field set once (the body's value over a
// headline's, a disagreement a warning), then turned into RoundMentions with evidence for each field.
import { fieldPath, STAGES, type Evidence, type FieldPath, type RoundMention, type Scope, type Stage } from "../../schema/index.js";
import type { OrdinalUnit, Tally, TallyField, Warning } from "../../schema/index.js";
import { warning } from "../../schema/index.js";
import type { ExtractContext } from "../context.js";
import type { RoundAnchor } from "../scan/anchors.js";

export interface Field<T> {
  value: T;
  evidence: Evidence[];
  headline: boolean;
}
interface TallySlot extends Field<number> {
  stage: Stage;
  field: TallyField;
}
interface Scalars {
  year?: Field<number>;
  ordinal?: Field<number>;
  date?: Field<string>;
  venue?: Field<string>;
}
export interface Draft {
  scope: Scope;
  year: number | null;
  ordinal: number;
  ordinalUnit: OrdinalUnit;
  /** every anchor naming it is a bare 第N期 (see RoundAnchor.barePeriod): kept only in an article placed in Shanxi */
  barePeriod: boolean;
  /** set in this order: year, ordinal, date, venue (the evidence keeps it) */
  scalars: Scalars;
  tallies: Map<FieldPath, TallySlot>;
}

/** the drafts of one article, keyed by scope and round, and the one way to set a field on them */
export interface Book {
  ctx: ExtractContext;
  warnings: Warning[];
  drafts: Map<string, Draft>;
}

export const draftKey = (scope: Scope, year: number | null, ordinal: number, unit: OrdinalUnit) =>
  `${scope.level}:${scope.name}:${year}:${ordinal}${unit}`;

export function draftFor(book: Book, scope: Scope, a: RoundAnchor): Draft {
  const key = draftKey(scope, a.year, a.ordinal, a.ordinalUnit);
  let d = book.drafts.get(key);
  if (!d) {
    const { year, ordinal, ordinalUnit, barePeriod } = a;
    book.drafts.set(key, (d = { scope, year, ordinal, ordinalUnit, barePeriod, scalars: {}, tallies: new Map() }));
  }
  d.barePeriod &&= a.barePeriod;
  return d;
}

export function evidenceAt(ctx: ExtractContext, field: string, start: number, end: number, stated: boolean): Evidence {
  return { field, start, end, quote: ctx.text.slice(start, end), stated, extractor: "rounds" };
}

/** a zone's or county's single figure is a figure of the article; with two stages or a total it is its own round */
export function ownsRound(d: Draft): boolean {
  if (d.scope.level === "province" || d.scope.level === "city") return true;
  const stages = new Set([...d.tallies.values()].map((t) => t.stage));
  return stages.has("total") || stages.size >= 2;
}

/** first value stated in the body wins; a headline's value gives way; any disagreement is a warning. True: take `next`. */
function takes(book: Book, d: Draft, name: string, had: Field<unknown> | undefined, next: Field<unknown>): boolean {
  if (!had) return true;
  if (had.value !== next.value) {
    const [first] = next.evidence;
    const where = book.ctx.text.slice(first?.start ?? 0, first?.end ?? 0);
    const message = `${d.scope.name} ${d.year ?? "?"}年第${d.ordinal}${d.ordinalUnit}: ${name} is ${had.value} in one place and ${next.value} in another (${where})`;
    book.warnings.push(warning("round-inconsistent", message, first));
  }
  return had.headline && !next.headline; // cite the body, not the headline
}

export function setScalar<K extends keyof Scalars>(book: Book, d: Draft, name: K, next: NonNullable<Scalars[K]>): void {
  if (takes(book, d, name, d.scalars[name], next)) d.scalars[name] = next;
}

export function setTally(book: Book, d: Draft, stage: Stage, field: TallyField, next: Field<number>): void {
  const path = fieldPath(stage, field);
  if (takes(book, d, path, d.tallies.get(path), next))
    d.tallies.set(path, { value: next.value, evidence: next.evidence, headline: next.headline, stage, field });
}

/** the draft's tally of one stage; null when it has no value (functions, not closures made per mention) */
function tallyOf(d: Draft, stage: Stage): Tally | null {
  const t = {
    projects: valueOf(d, stage, "projects"),
    investmentYuan: valueOf(d, stage, "investmentYuan"),
    outputValueYuan: valueOf(d, stage, "outputValueYuan"),
  };
  return t.projects === null && t.investmentYuan === null && t.outputValueYuan === null ? null : t;
}

function valueOf(d: Draft, stage: Stage, field: TallyField): number | null {
  return d.tallies.get(fieldPath(stage, field))?.value ?? null;
}

export function toMention(d: Draft, drafts: Map<string, Draft>): RoundMention {
  const { year, ordinal, venue } = d.scalars;
  // a city's mention shares the round's date, which is stated once for the province
  const date =
    d.scalars.date ?? drafts.get(draftKey({ level: "province", name: "山西省" }, d.year, d.ordinal, d.ordinalUnit))?.scalars.date;
  const seen = new Set<string>();
  // a borrowed date's evidence comes last, after the draft's own
  const evidence = [year, ordinal, d.scalars.date, venue, ...d.tallies.values(), d.scalars.date ? undefined : date]
    .flatMap((x) => x?.evidence ?? [])
    .filter((e) => !seen.has(`${e.field}:${e.start}`) && !!seen.add(`${e.field}:${e.start}`));
  const [signed, started, producing, total] = STAGES.map((stage) => tallyOf(d, stage));
  return {
    scope: d.scope,
    year: d.year,
    ordinal: d.ordinal,
    ordinalUnit: d.ordinalUnit,
    date: date?.value ?? null,
    venue: venue?.value ?? null,
    signed,
    started,
    producing,
    total,
    evidence,
  };
}
