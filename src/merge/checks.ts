// Consistency checks, kept as data: parts against stated totals, annual summaries against the
// sum of that year's rounds, dates against ordinal order, identical figures in different rounds.
import {
  fieldPath,
  splitFieldPath,
  STAGES,
  type Check,
  type FieldPath,
  type MergedRound,
  type SummaryMention,
  type TallyField,
} from "../schema/index.js";
import { groupBy } from "./group.js";
import { numbering } from "./numbering.js";
import { roundKey } from "./rounds.js";

/** the stages a total adds up, and the figures that add */
const PARTS = STAGES.filter((s) => s !== "total");
const SUMMED: readonly TallyField[] = ["projects", "investmentYuan"];

/**
 * Rounding slack of a figure: half its last stated digit, read from its trailing zeros
 * (123.52亿元 = 12352000000 → 0.5 × 1000000). Counts are never rounded: slack 0.
 */
export function roundingSlack(field: TallyField, value: number): number {
  if (field === "projects" || value === 0) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0 && unit < 1e8) unit *= 10;
  return unit / 2;
}

/** sum of parts vs total; skipped (with the reason) when a figure is missing */
export function compareSum(code: string, field: FieldPath, label: string, parts: (number | null)[], total: number | null): Check {
  const unit = splitFieldPath(field).field;
  if (total === null) return { code, field, status: "skipped", message: `${label}: no stated total` };
  if (parts.some((p) => p === null)) return { code, field, status: "skipped", message: `${label}: a part is missing`, expected: total };
  const sum = (parts as number[]).reduce((a, b) => a + b, 0);
  const slack = [...(parts as number[]), total].reduce((a, v) => a + roundingSlack(unit, v), 0);
  const diff = Math.abs(sum - total);
  const status = diff <= slack ? "pass" : "fail";
  const how = diff === 0 ? "equal" : status === "pass" ? `within rounding (${diff})` : `off by ${sum - total}`;
  return { code, field, status, message: `${label}: sum ${sum} vs stated ${total}, ${how}`, expected: total, actual: sum };
}

export function partsVsTotal(r: MergedRound): Check[] {
  return SUMMED.map((f) =>
    compareSum(
      "parts-vs-total",
      fieldPath("total", f),
      `${r.scope.name} ${f} 签约+开工+投产 vs 总`,
      PARTS.map((s) => r[s]?.[f] ?? null),
      r.total?.[f] ?? null,
    ),
  );
}

/** A round's date must fall after the round before it and before the round after it (same scope and year). */
export function dateOrder(r: MergedRound, rounds: MergedRound[]): Check {
  const code = "date-order";
  if (r.date === null || r.ordinal === null) return { code, status: "skipped", message: "no date or no ordinal" };
  const siblings = rounds.filter(
    (o) => o !== r && o.scope.name === r.scope.name && o.year === r.year && o.ordinal !== null && o.date !== null,
  );
  if (siblings.length === 0) return { code, status: "skipped", message: "no other dated round that year" };
  const wrong = siblings.filter((o) => (o.ordinal! < r.ordinal! && o.date! >= r.date!) || (o.ordinal! > r.ordinal! && o.date! <= r.date!));
  if (wrong.length === 0) return { code, status: "pass", message: `第${r.ordinal}次 on ${r.date} is in order`, actual: r.date };
  const list = wrong.map((o) => `第${o.ordinal}次 ${o.date}`).join(", ");
  return { code, status: "fail", message: `第${r.ordinal}次 on ${r.date} out of order with ${list}`, actual: r.date, expected: list };
}

/** how many other rounds a message names before it counts the rest: the output stays linear in the rounds */
export const NAMED_ROUNDS = 3;

/** the figures a copy-paste would repeat: each stage's investment amount, and the three project counts together */
function figuresOf(x: MergedRound): string[] {
  const figures: string[] = [];
  for (const s of STAGES) {
    const v = x[s]?.investmentYuan ?? null;
    if (v !== null && v > 0) figures.push(`${fieldPath(s, "investmentYuan")} ${v}`);
  }
  const triple = PARTS.map((s) => x[s]?.projects ?? null);
  if (triple.every((n) => n !== null)) figures.push(`project counts ${triple.join("/")}`);
  return figures;
}

/** scope and figure → the rounds stating it: one pass instead of a comparison per pair */
export function figureIndex(rounds: MergedRound[]): Map<string, MergedRound[]> {
  const index = new Map<string, MergedRound[]>();
  for (const x of rounds)
    for (const f of figuresOf(x).map((figure) => `${x.scope.name}|${figure}`)) {
      const stating = index.get(f);
      if (stating === undefined) index.set(f, [x]);
      else stating.push(x);
    }
  return index;
}

/**
 * Copy-paste guard: a different round of the same scope with the same investment amount for a
 * stage, or the same three project counts, is suspicious. A single equal count is coincidence.
 * The message names the first few such rounds and counts the rest. `r` is one of `rounds`.
 */
export function repeatedFigures(r: MergedRound, rounds: MergedRound[], index = figureIndex(rounds)): Check {
  const code = "repeated-figures";
  const hasOthers = rounds.some((o) => o !== r && o.scope.name === r.scope.name);
  const hits: string[] = [];
  for (const figure of figuresOf(r)) {
    const stating = index.get(`${r.scope.name}|${figure}`) ?? [];
    const named: string[] = [];
    for (let i = 0; i < stating.length && named.length < NAMED_ROUNDS; i++) if (stating[i] !== r) named.push(stating[i].key);
    if (named.length === 0) continue;
    const more = stating.length - 1 - named.length;
    hits.push(`${figure} also in ${named.join(", ")}${more > 0 ? ` and ${more} more round${more === 1 ? "" : "s"}` : ""}`);
  }
  if (hits.length === 0)
    return {
      code,
      status: hasOthers ? "pass" : "skipped",
      message: hasOthers ? "no figure repeated in another round" : "no other round of this scope",
    };
  return { code, status: "fail", message: hits.join("; "), actual: hits };
}

/** An annual summary against the sum of that year's merged rounds, only when all its rounds are here. */
export function summaryVsRounds(summary: SummaryMention, rounds: MergedRound[]): Check[] {
  const code = "summary-vs-rounds";
  const label = `${summary.scope.name} ${summary.year ?? "?"}年`;
  const ofYear = rounds.filter((r) => r.scope.name === summary.scope.name && r.year === summary.year && r.year !== null);
  const ordinals = new Set(ofYear.map((r) => r.ordinal));
  const want = summary.rounds;
  if (want === null) return [{ code, status: "skipped", message: `${label}: summary does not say how many rounds it covers` }];
  const missing = Array.from({ length: want }, (_, i) => i + 1).filter((n) => !ordinals.has(n));
  if (missing.length)
    return [{ code, status: "skipped", message: `${label}: rounds ${missing.map((n) => `第${n}次`).join(", ")} not in the dataset` }];
  const covered = ofYear.filter((r) => r.ordinal !== null && r.ordinal <= want);
  return PARTS.flatMap((s) =>
    SUMMED.filter((f) => summary[s]?.[f] != null).map((f) =>
      compareSum(
        code,
        fieldPath(s, f),
        `${label} ${fieldPath(s, f)} (${want} rounds)`,
        covered.map((r) => r[s]?.[f] ?? null),
        summary[s]![f],
      ),
    ),
  );
}

/** Runs the per-round checks in place and returns the dataset-level ones. */
export function runChecks(rounds: MergedRound[], summaries: SummaryMention[]): Check[] {
  // every check compares a round with its own scope's rounds only: hand it those, not the whole batch
  const byScope = groupBy(rounds, (r) => r.scope.name);
  const ofScope = (name: string) => byScope.get(name) ?? [];
  const indexes = new Map([...byScope].map(([name, of]) => [name, figureIndex(of)]));
  for (const r of rounds)
    r.checks = [
      ...partsVsTotal(r),
      dateOrder(r, ofScope(r.scope.name)),
      repeatedFigures(r, ofScope(r.scope.name), indexes.get(r.scope.name)),
      ...[numbering(r, ofScope(r.scope.name))].filter((c) => c !== null),
    ];
  const seen = new Set<string>();
  const unique = summaries.filter((s) => {
    const k = roundKey({ ...s, ordinal: null, date: null }) + JSON.stringify([s.rounds, s.signed, s.started, s.producing]);
    return !seen.has(k) && seen.add(k);
  });
  return unique.flatMap((s) => summaryVsRounds(s, ofScope(s.scope.name)));
}
