// Rounds: every mention of one real-world round (scope, year, ordinal — the date when no ordinal
// is given) becomes one merged round; each field is voted on and disagreements become conflicts.
import { fieldPath, STAGES, stageOf, TALLY_FIELDS, type Stage } from "../schema/index.js";
import type { Conflict, Evidence, ExtractionDocument, MergedRound, MergedSource, RoundMention, Tally } from "../schema/index.js";
import { groupBy } from "./group.js";
import { splitStageConflicts } from "./stage-sources.js";
import { vote, type Reading } from "./vote.js";

/** scope|year|#ordinal (a unit other than 次 written after it: #1期), or @date when no ordinal is given */
export function roundKey(r: {
  scope: { level: string; name: string };
  year: number | null;
  ordinal: number | null;
  ordinalUnit?: string;
  date: string | null;
}): string {
  const unit = r.ordinalUnit === undefined || r.ordinalUnit === "次" ? "" : r.ordinalUnit;
  return [r.scope.level, r.scope.name, r.year ?? "?", r.ordinal !== null ? `#${r.ordinal}${unit}` : `@${r.date ?? "?"}`].join("|");
}

const SCALAR_FIELDS = ["year", "ordinal", "date", "venue"] as const;

interface Sighting {
  mention: RoundMention;
  source: MergedSource;
}

/** The evidence an extractor recorded for `field` ("signed.projects"), else for its stage ("signed"). */
export function evidenceFor(evidence: Evidence[], field: string): Evidence | null {
  const stage = stageOf(field);
  return evidence.find((e) => e.field === field) ?? (stage && evidence.find((e) => e.field === stage)) ?? null;
}

export function mergeRounds(docs: ExtractionDocument[], sources: MergedSource[]): MergedRound[] {
  // venues come canonical from extraction (the venue scanner asks the zone gazetteer), never from the batch
  const sightings = docs.flatMap((doc, i) => doc.rounds.map((mention): Sighting => ({ mention, source: sources[i] })));
  const byKey = groupBy(sightings, sightingKey);
  foldDatedIntoNumbered(byKey);
  return [...byKey].map(([key, sightings]) => mergeSightings(key, sightings)).sort(byRoundOrder);
}

/** A round with no year of its own is keyed by its article's publish year, else by its article (and reposts):
 *  rounds of different years never share a record, whatever their ordinal. */
function sightingKey({ mention, source }: Sighting): string {
  if (mention.year !== null) return roundKey(mention);
  const published = source.publishedAt?.slice(0, 4);
  return `${roundKey(mention)}|${published ? `published ${published}` : `article ${source.duplicateGroup}`}`;
}

/** A mention keyed by date alone joins the numbered round of the same scope and year held that day. */
function foldDatedIntoNumbered(byKey: Map<string, Sighting[]>): void {
  // scope name|year|date → keys of numbered rounds with a sighting that day: one lookup per dated key
  const day = (m: RoundMention) => `${m.scope.name}|${m.year}|${m.date}`;
  const numberedOn = new Map<string, Set<string>>();
  for (const [key, sightings] of byKey)
    for (const { mention } of sightings) {
      if (mention.ordinal === null || mention.date === null) continue;
      const keys = numberedOn.get(day(mention)) ?? new Set<string>();
      numberedOn.set(day(mention), keys.add(key));
    }
  for (const [key, sightings] of byKey) {
    const { ordinal, date } = sightings[0].mention;
    if (ordinal !== null || date === null) continue;
    const numbered = numberedOn.get(day(sightings[0].mention));
    if (numbered?.size !== 1) continue; // none, or ambiguous: keep it apart rather than guess
    byKey.get([...numbered][0])!.push(...sightings);
    byKey.delete(key);
  }
}

function mergeSightings(key: string, sightings: Sighting[]): MergedRound {
  const conflicts: Conflict[] = [];
  const pick = <T>(field: string, read: (m: RoundMention) => T | null): T | null => {
    const readings: Reading<T>[] = [];
    for (const { mention, source } of sightings) {
      const value = read(mention);
      if (value !== null && value !== undefined) readings.push({ value, source, evidence: evidenceFor(mention.evidence, field) });
    }
    const verdict = vote(field, readings);
    if (verdict.conflict) conflicts.push(verdict.conflict);
    return verdict.value;
  };
  const [year, ordinal, date, venue] = SCALAR_FIELDS.map((f) => pick(f, (m) => m[f])) as [
    number | null,
    number | null,
    string | null,
    string | null,
  ];
  const tally = (stage: Stage): Tally | null => {
    const t = Object.fromEntries(TALLY_FIELDS.map((f) => [f, pick(fieldPath(stage, f), (m) => m[stage]?.[f] ?? null)])) as Tally;
    return TALLY_FIELDS.every((f) => t[f] === null) ? null : t;
  };
  const [signed, started, producing, total] = STAGES.map(tally);
  // a stage whose count and money no one source states together says so for both (stage-sources.ts)
  [signed, started, producing, total].forEach((t, i) => conflicts.push(...splitStageConflicts(STAGES[i], t, sightings, conflicts)));
  const seen = new Set<string>();
  return {
    key,
    scope: sightings[0].mention.scope,
    year,
    ordinal,
    ...unitOf(sightings),
    date,
    venue,
    signed,
    started,
    producing,
    total,
    sources: sightings.map((s) => s.source).filter((s) => !seen.has(s.articleId) && seen.add(s.articleId)),
    conflicts,
    checks: [],
    evidence: sightings.flatMap(({ mention, source }) => mention.evidence.map((e) => ({ ...e, articleId: source.articleId }))),
  };
}

/** the numbering's unit, when the sources state one (a mention known by its date alone has none) */
function unitOf(sightings: Sighting[]): Pick<MergedRound, "ordinalUnit"> {
  const unit = sightings.find((s) => s.mention.ordinalUnit !== undefined)?.mention.ordinalUnit;
  return unit === undefined ? {} : { ordinalUnit: unit };
}

const LEVEL_ORDER = { province: 0, city: 1, county: 2, zone: 3 } as const;

/** Province first, then by name, year, ordinal, date: the order of the printed table. */
export function byRoundOrder(a: MergedRound, b: MergedRound): number {
  return (
    LEVEL_ORDER[a.scope.level] - LEVEL_ORDER[b.scope.level] ||
    a.scope.name.localeCompare(b.scope.name, "zh") ||
    (a.year ?? 0) - (b.year ?? 0) ||
    (a.ordinal ?? 99) - (b.ordinal ?? 99) ||
    (a.date ?? "").localeCompare(b.date ?? "")
  );
}
