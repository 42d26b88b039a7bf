// Scores one extraction document against one article's expected facts: tp/fp/fn per field.
// Rounds and summaries match by scope + year (+ ordinal); every stated value is then one check.
import {
  fieldPath,
  STAGES,
  TALLY_FIELDS,
  type ExtractionDocument,
  type RoundMention,
  type Stage,
  type SummaryMention,
  type Tally,
} from "../../src/schema/index.js";
import {
  expectedNumbers,
  spellings,
  type ExpectedArticle,
  type ExpectedRound,
  type ExpectedSummary,
  type ExpectedTally,
} from "./expected.js";
import { compareMetadata } from "./metadata.js";

export const FIELDS = [
  "rounds",
  "tallies",
  "dates",
  "venues",
  "summaries",
  "people",
  "titles",
  "roles",
  "zones",
  "figures",
  "metadata",
  "normalization",
] as const;
export type Field = (typeof FIELDS)[number];
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface ArticleScore {
  file: string;
  counts: Record<Field, Counts>;
  /** every number emitted in rounds, summaries and figures, and those the article does not state */
  numbers: { emitted: number; unexpected: number[] };
  misses: string[];
}

const matches = (spec: string, name: string | null | undefined) => name != null && spellings(spec).includes(name);

export function emptyCounts(): Record<Field, Counts> {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
}

export function scoreArticle(exp: ExpectedArticle, doc: ExtractionDocument): ArticleScore {
  const counts = emptyCounts();
  const misses: string[] = [];
  /** one stated-or-emitted value: equal → tp; stated but wrong or absent → fn; emitted but wrong or unstated → fp */
  const value = (field: Field, what: string, want: unknown, got: unknown, same = (a: unknown, b: unknown) => a === b) => {
    const stated = want !== undefined && want !== null;
    const emitted = got !== undefined && got !== null;
    if (stated && emitted && same(want, got)) return void counts[field].tp++;
    if (stated) (counts[field].fn++, misses.push(`${field}: ${what} want ${want}, got ${got ?? "nothing"}`));
    if (emitted) (counts[field].fp++, stated || misses.push(`${field}: ${what} not stated, got ${got}`));
  };
  const tallies = (
    label: string,
    want: Partial<Record<Stage, ExpectedTally | undefined>> | null,
    got: Partial<Record<Stage, Tally | null>> | null,
  ) => {
    for (const stage of STAGES)
      for (const key of TALLY_FIELDS) value("tallies", `${label} ${fieldPath(stage, key)}`, want?.[stage]?.[key], got?.[stage]?.[key]);
  };
  const roundLabel = (r: { scope: string; year: number | null; ordinal: number | null }) => `round ${r.scope} ${r.year}#${r.ordinal}`;

  const pairs = pairUp(exp.rounds, doc.rounds, (e, g) => matches(e.scope, g.scope.name) && e.year === g.year && e.ordinal === g.ordinal);
  for (const [e, g] of pairs) {
    const label = roundLabel(e ?? { ...g!, scope: g!.scope.name });
    if (e && g) counts.rounds.tp++;
    else if (e) (counts.rounds.fn++, misses.push(`rounds: missing ${label}`));
    else (counts.rounds.fp++, misses.push(`rounds: unexpected ${label}`));
    tallies(label, e ?? null, g ?? null);
    value("dates", `${label} date`, e?.date, g?.date);
    const venueHit = (want: unknown, got: unknown) => spellings(String(want)).some((s) => String(got).includes(s));
    value("venues", `${label} venue`, e?.venue, g?.venue, venueHit);
  }

  const sums = pairUp(exp.summaries, doc.summaries, (e, g) => matches(e.scope, g.scope.name) && e.year === g.year);
  for (const [e, g] of sums) {
    const label = `summary ${e?.scope ?? g!.scope.name} ${e?.year ?? g!.year}`;
    if (e && g) counts.summaries.tp++;
    else if (e) (counts.summaries.fn++, misses.push(`summaries: missing ${label}`));
    else (counts.summaries.fp++, misses.push(`summaries: unexpected ${label}`));
    tallies(label, e ?? null, g ?? null);
    value("tallies", `${label} rounds`, e?.rounds, g?.rounds);
  }

  scorePeople(exp, doc, counts, misses);
  scoreZones(exp, doc, counts.zones, misses);
  scoreFigures(exp, doc, counts.figures, misses);
  compareMetadata(exp.article, doc.article, value);
  const norm = doc.normalization;
  // a threshold of 0 means "none here": removing or flagging anything then is a false positive
  const atLeast = (w: unknown, g: unknown) => Number(g) >= Number(w);
  value(
    "normalization",
    "pinyin annotations removed ≥",
    exp.minPinyinAnnotationsRemoved || undefined,
    norm.pinyinAnnotationsRemoved || undefined,
    atLeast,
  );
  value("normalization", "garbled spans ≥", exp.minGarbledSpans || undefined, norm.garbled.length || undefined, atLeast);

  const allowed = expectedNumbers(exp);
  const emitted = emittedNumbers(
    doc.rounds,
    doc.summaries,
    doc.figures.map((f) => f.value),
  );
  const unexpected = emitted.filter((n) => !allowed.has(n));
  for (const n of unexpected)
    misses.push(`numbers: ${n} is not stated${exp.forbidden.numbers.includes(n) ? " (forbidden: furniture or garbled)" : ""}`);
  return { file: exp.file, counts, numbers: { emitted: emitted.length, unexpected }, misses };
}

/** Greedy one-to-one pairing in order; unpaired items come back alone. */
export function pairUp<E, G>(want: E[], got: G[], same: (e: E, g: G) => boolean): [E | undefined, G | undefined][] {
  const used = new Set<number>();
  const out: [E | undefined, G | undefined][] = want.map((e) => {
    const i = got.findIndex((g, j) => !used.has(j) && same(e, g));
    if (i < 0) return [e, undefined];
    used.add(i);
    return [e, got[i]];
  });
  got.forEach((g, j) => used.has(j) || out.push([undefined, g]));
  return out;
}

export function emittedNumbers(rounds: RoundMention[], summaries: SummaryMention[], figures: number[]): number[] {
  const out: number[] = [...figures];
  for (const m of [...rounds, ...summaries])
    for (const stage of STAGES) for (const key of TALLY_FIELDS) if (m[stage]?.[key] != null) out.push(m[stage]![key]!);
  for (const s of summaries) if (s.rounds !== null) out.push(s.rounds);
  return out;
}

function scorePeople(exp: ExpectedArticle, doc: ExtractionDocument, counts: Record<Field, Counts>, misses: string[]) {
  for (const p of exp.people) {
    const g = doc.people.find((x) => x.name === p.name);
    if (!g) {
      (counts.people.fn++, (counts.titles.fn += p.titles.length), (counts.roles.fn += p.roles.length));
      misses.push(`people: missing ${p.name}`);
      continue;
    }
    counts.people.tp++;
    const titleHit = (got: string, want: string) => got.includes(want);
    for (const t of p.titles)
      g.titles.some((x) => titleHit(x, t)) ? counts.titles.tp++ : (counts.titles.fn++, misses.push(`titles: ${p.name} lacks ${t}`));
    for (const t of g.titles)
      if (!p.titles.some((w) => titleHit(t, w))) (counts.titles.fp++, misses.push(`titles: ${p.name} has extra ${t}`));
    for (const r of p.roles) g.roles.includes(r) ? counts.roles.tp++ : (counts.roles.fn++, misses.push(`roles: ${p.name} lacks ${r}`));
    for (const r of new Set(g.roles)) if (!p.roles.includes(r)) (counts.roles.fp++, misses.push(`roles: ${p.name} has extra ${r}`));
  }
  const known = new Set([...exp.people.map((p) => p.name), ...exp.neutral.people]);
  for (const name of new Set(doc.people.map((p) => p.name)))
    if (!known.has(name))
      (counts.people.fp++, misses.push(`people: unexpected ${name}${exp.forbidden.people.includes(name) ? " (forbidden)" : ""}`));
}

function scoreZones(exp: ExpectedArticle, doc: ExtractionDocument, c: Counts, misses: string[]) {
  const hit = (z: { name: string; mention: string }, spec: string) => matches(spec, z.name) || matches(spec, z.mention);
  for (const spec of exp.zones) doc.zones.some((z) => hit(z, spec)) ? c.tp++ : (c.fn++, misses.push(`zones: missing ${spec}`));
  const unknown = doc.zones.filter((z) => ![...exp.zones, ...exp.neutral.zones].some((spec) => hit(z, spec)));
  for (const name of new Set(unknown.map((z) => z.name))) (c.fp++, misses.push(`zones: unexpected ${name}`));
}

function scoreFigures(exp: ExpectedArticle, doc: ExtractionDocument, c: Counts, misses: string[]) {
  // a tally value repeated as a figure is a duplicate, not an invention: only the numbers gate judges it
  const tolerated = expectedNumbers({ ...exp, figures: [] });
  for (const [e, g] of pairUp(exp.figures, doc.figures, (e, g) => e.value === g.value && e.unit === g.unit)) {
    if (e && g) c.tp++;
    else if (e) (c.fn++, misses.push(`figures: missing ${e.value}${e.unit}`));
    else if (!tolerated.has(g!.value)) (c.fp++, misses.push(`figures: unexpected ${g!.value}${g!.unit} (${g!.metric})`));
  }
}

export type { ExpectedRound, ExpectedSummary };
