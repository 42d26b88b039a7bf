// Judges a claim about named rounds: finds each round (scope, year, ordinal or date), checks the date as a fact, and
// each figure against the round's recorded value — a total the sources do not state is the sum of the stages they do.
import { evidenceFor } from "../merge/rounds.js";
import { fieldPath, splitFieldPath, STAGES, type FieldPath, type MergedRound } from "../schema/index.js";
import type { Claim, ClaimFigure, ClaimScope } from "./claim.js";
import { satisfies, showValue, type SourceReading, type SubClaimVerdict } from "./verdict.js";

const PARTS = STAGES.filter((s) => s !== "total");
const ordinalLabel = (n: number, unit: string | null) => `第${n}${unit ?? "次"}`;

/** The round numbered `n` in the unit the claim wrote (第二期 is the 期 round, never the 次 one); when the dataset holds
 * none in that unit, the one round of that number in another (a journalist's 第一次 for the sources' 第一期). */
function roundNumbered(rounds: MergedRound[], n: number, unit: string | null): MergedRound | null {
  const numbered = rounds.filter((r) => r.ordinal === n);
  const same = numbered.find((r) => (r.ordinalUnit ?? "次") === (unit ?? "次"));
  return same ?? (numbered.length === 1 ? numbered[0] : null);
}

/** `withFacts`: judge the claim's date and venue too (once per claim, not once per scope it names) */
export function judgeRounds(claim: Claim, rounds: MergedRound[], withFacts = true): SubClaimVerdict[] {
  const scope = claim.scope.resolved ? claim.scope.scope : null;
  const ofScope = rounds.filter((r) => scope !== null && r.scope.name === scope.name && r.year === claim.year);
  const found = claim.ordinals.length
    ? claim.ordinals.map((n) => {
        const round = roundNumbered(ofScope, n, claim.ordinalUnit);
        return { round, label: ordinalLabel(n, round ? (round.ordinalUnit ?? null) : claim.ordinalUnit) };
      })
    : [{ label: claim.date!, round: ofScope.find((r) => r.date === claim.date) ?? null }];
  const name = claim.ordinals.length ? `${scope?.name} ${claim.year}年` : `${scope?.name} `;
  const missing = found.filter((f) => f.round === null);
  if (missing.length) {
    const have =
      ofScope
        .map((r) => [r.ordinal !== null ? ordinalLabel(r.ordinal, r.ordinalUnit ?? null) : "", r.date ?? ""].join(" ").trim())
        .join(", ") || "none";
    const why = `no ${name}${missing.map((m) => m.label).join("/")} round in the dataset (its ${claim.year} rounds there: ${have})`;
    const target = `${name}${missing[0].label}`;
    const facts = [...(claim.date ? [["date", claim.date]] : []), ...(claim.venue ? [["venue", venueName(claim.venue)]] : [])];
    if (claim.figures.length === 0)
      return facts.map(([field, claimed]) => ({ ...notFound(target, field, claimed, null), justification: why }));
    return claim.figures.map((f) => ({ ...notFound(target, f.field, f.value, f.qualifier), justification: why }));
  }
  const verdicts: SubClaimVerdict[] = [];
  if (withFacts && claim.date && claim.ordinals.length)
    verdicts.push(...found.map((f) => judgeDate(`${name}${f.label}`, claim.date!, f.round!)));
  if (withFacts && claim.venue) verdicts.push(...found.map((f) => judgeVenue(`${name}${f.label}`, claim.venue!, f.round!)));
  for (const f of claim.figures) {
    if (f.field === "rounds") {
      verdicts.push({
        ...notFound(name, f.field, f.value, f.qualifier),
        justification: "a count of rounds is checked against a year's summary (say 全年 or 年度)",
      });
      continue;
    }
    const field = f.field;
    if (claim.aggregate === "sum")
      verdicts.push(
        judgeSum(
          `${name}${found.map((x) => x.label).join("+")}`,
          f,
          field,
          found.map((x) => x.round!),
        ),
      );
    else
      for (const [i, x] of found.entries())
        if (f.roundIndex === null || f.roundIndex === i) verdicts.push(judgeFigure(`${name}${x.label}`, f, field, x.round!));
  }
  return verdicts;
}

const venueName = (v: ClaimScope) => (v.resolved ? v.scope.name : v.written);

function notFound(target: string, field: string, claimed: number | string, qualifier: string | null): SubClaimVerdict {
  const base = { target, rounds: [], field, claimed, qualifier, recorded: null, sources: [] };
  return { ...base, verdict: "not-enough-evidence", justification: "" };
}

function judgeDate(target: string, claimed: string, round: MergedRound): SubClaimVerdict {
  const base = { target, rounds: [round.key], field: "date", claimed, qualifier: null, recorded: round.date };
  const sources = readings(round, "date", round.date);
  if (round.date === null)
    return { ...base, sources, verdict: "not-enough-evidence", justification: `the sources of ${target} give no date` };
  const ok = round.date === claimed;
  const justification = ok ? `${target} was held on ${claimed}` : `${target} was held on ${round.date}, not ${claimed}`;
  return { ...base, sources, verdict: ok ? "supported" : "refuted", justification };
}

/** 在综改区举行: a zone must be the recorded venue; a city or county may hold it, which the dataset cannot tell */
function judgeVenue(target: string, venue: ClaimScope, round: MergedRound): SubClaimVerdict {
  const claimed = venueName(venue);
  const base = {
    target,
    rounds: [round.key],
    field: "venue",
    claimed,
    qualifier: null,
    recorded: round.venue,
    sources: readings(round, "venue", round.venue),
  };
  const unknown = (why: string): SubClaimVerdict => ({ ...base, verdict: "not-enough-evidence", justification: why });
  if (!venue.resolved) return unknown(`unknown venue: ${venue.reason}`);
  if (round.venue === null) return unknown(`the sources of ${target} do not name its venue`);
  if (round.venue === claimed) return { ...base, verdict: "supported", justification: `${target} was held at ${claimed}` };
  if (venue.scope.level !== "zone")
    return unknown(`${target} was held at ${round.venue}; whether that lies in ${claimed} the dataset does not say`);
  return { ...base, verdict: "refuted", justification: `${target} was held at ${round.venue}, not ${claimed}` };
}

/** the value a round records for a field; a total not stated is the sum of the three stages when all are stated */
export function recordedValue(round: MergedRound, field: FieldPath): { value: number | null; derived: boolean } {
  const { stage, field: unit } = splitFieldPath(field);
  const stated = round[stage]?.[unit] ?? null;
  if (stated !== null || stage !== "total") return { value: stated, derived: false };
  const parts = PARTS.map((s) => round[s]?.[unit] ?? null);
  return parts.every((p) => p !== null)
    ? { value: (parts as number[]).reduce((a, b) => a + b, 0), derived: true }
    : { value: null, derived: false };
}

function judgeFigure(target: string, f: ClaimFigure, field: FieldPath, round: MergedRound): SubClaimVerdict {
  const { value: recorded, derived } = recordedValue(round, field);
  const unit = splitFieldPath(field).field;
  const sources = derived
    ? PARTS.flatMap((s) => readings(round, fieldPath(s, unit), round[s]?.[unit] ?? null))
    : readings(round, field, recorded);
  const base = { target, rounds: [round.key], field, claimed: f.value, qualifier: f.qualifier, recorded, sources };
  const claimed = `${f.qualifier ?? ""}${showValue(field, f.value)}`;
  if (recorded === null)
    return { ...base, verdict: "not-enough-evidence", justification: `the sources of ${target} do not state ${field}` };
  // a split stage's value is stated by its sources without dispute (merge/stage-sources.ts): no disagreement to report
  const conflict = round.conflicts.find((c) => c.field === field && c.reason !== "split-stage");
  if (conflict) {
    const told = conflict.values
      .map((v) => `${showValue(field, v.value)} (${v.sources.length} source${v.sources.length > 1 ? "s" : ""})`)
      .join(" vs ");
    const matches = conflict.values.some((v) => typeof v.value === "number" && satisfies(f, v.value));
    if (matches)
      return {
        ...base,
        verdict: "conflicting-sources",
        justification: `the sources of ${target} disagree on ${field}: ${told}; the merge chose ${showValue(field, recorded)}`,
      };
    return { ...base, verdict: "refuted", justification: `no source of ${target} says ${claimed} for ${field}: ${told}` };
  }
  const how = derived ? ` (sum of 签约+开工+投产, no source states the total)` : "";
  if (satisfies(f, recorded))
    return { ...base, verdict: "supported", justification: `${target} ${field} is ${showValue(field, recorded)}${how}` };
  return { ...base, verdict: "refuted", justification: `${target} ${field} is ${showValue(field, recorded)}${how}, not ${claimed}` };
}

function judgeSum(target: string, f: ClaimFigure, field: FieldPath, rounds: MergedRound[]): SubClaimVerdict {
  const values = rounds.map((r) => recordedValue(r, field).value);
  const sources = rounds.flatMap((r) => readings(r, field, recordedValue(r, field).value));
  const recorded = values.every((v) => v !== null) ? (values as number[]).reduce((a, b) => a + b, 0) : null;
  const base = { target, rounds: rounds.map((r) => r.key), field, claimed: f.value, qualifier: f.qualifier, recorded, sources };
  if (recorded === null) return { ...base, verdict: "not-enough-evidence", justification: `a round of ${target} does not state ${field}` };
  const sum = `${values.map((v) => showValue(field, v)).join(" + ")} = ${showValue(field, recorded)}`;
  const ok = satisfies(f, recorded);
  return {
    ...base,
    verdict: ok ? "supported" : "refuted",
    justification: `${target} ${field}: ${sum}${ok ? "" : `, not ${f.qualifier ?? ""}${showValue(field, f.value)}`}`,
  };
}

/** every source of the round with what it reported for the field and its quote */
function readings(round: MergedRound, field: string, recorded: unknown): SourceReading[] {
  const conflict = round.conflicts.find((c) => c.field === field);
  return round.sources.flatMap((s): SourceReading[] => {
    const evidence = evidenceFor(
      round.evidence.filter((e) => e.articleId === s.articleId),
      field,
    );
    const disputed = conflict?.values.find((v) => v.sources.includes(s.articleId));
    const value = disputed ? disputed.value : evidence ? recorded : null;
    const { duplicateGroup: _group, ...where } = s;
    return [{ ...where, value, quote: evidence?.quote ?? null }];
  });
}
