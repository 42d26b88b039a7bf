// Judges a claim about a whole year (2021年全年共开展4次…签约项目1427个) against the annual summaries that state it,
// or, when none states a figure, the sum of that year's rounds if the summaries' count of rounds is all in the dataset.
import { YEAR_NUMERAL } from "../extract/patterns/numbers.js";
import { parseYear } from "../extract/text/numbers.js";
import { splitFieldPath, type FieldPath, type MergedRound } from "../schema/index.js";
import type { Claim, ClaimFigure } from "./claim.js";
import type { SourcedSummary } from "./summaries.js";
import { satisfies, showValue, type CheckDataset, type SourceReading, type SubClaimVerdict, type Verdict } from "./verdict.js";

const SINCE_YEAR_RE = new RegExp(`(?<year>${YEAR_NUMERAL})年[^，,。]{0,8}以来`, "u");

interface Reading {
  value: number;
  source: SourceReading;
}

export function judgeSummary(claim: Claim, data: CheckDataset): SubClaimVerdict[] {
  const scope = claim.scope.resolved ? claim.scope.scope : null;
  const target = `${scope?.name} ${claim.year}年${claim.cumulative ? "以来" : "全年"}`;
  const ofScope = data.summaries.filter((s) => s.summary.scope.name === scope?.name);
  const summaries = ofScope.filter((s) => (claim.cumulative ? since(s) === claim.year : s.summary.year === claim.year));
  const rounds = data.rounds.filter((r) => r.scope.name === scope?.name && r.year === claim.year);
  return claim.figures.map((f) => {
    const readings = f.field === "rounds" ? roundCounts(summaries) : figureReadings(summaries, f.field);
    const fromRounds =
      readings.length === 0 && f.field !== "rounds" && !claim.cumulative ? sumOfRounds(f.field, rounds, summaries, f) : null;
    if (fromRounds) return fromRounds(target);
    return judgeReadings(target, f, readings, summaries.length > 0);
  });
}

function roundCounts(summaries: SourcedSummary[]): Reading[] {
  return summaries.flatMap((s) =>
    s.summary.rounds === null ? [] : [{ value: s.summary.rounds, source: sourceOf(s, s.summary.rounds, quoteOf(s, "rounds")) }],
  );
}

function figureReadings(summaries: SourcedSummary[], field: FieldPath): Reading[] {
  const { stage, field: unit } = splitFieldPath(field);
  return summaries.flatMap((s) => {
    const v = s.summary[stage]?.[unit] ?? null;
    return v === null ? [] : [{ value: v, source: sourceOf(s, v, quoteOf(s, field)) }];
  });
}

function judgeReadings(target: string, f: ClaimFigure, readings: Reading[], anySummary: boolean): SubClaimVerdict {
  const values = [...new Set(readings.map((r) => r.value))];
  const base = { target, rounds: [], field: f.field, claimed: f.value, qualifier: f.qualifier, sources: readings.map((r) => r.source) };
  const claimed = `${f.qualifier ?? ""}${showValue(f.field, f.value)}`;
  if (values.length === 0) {
    const why = anySummary ? `the summaries of ${target} do not state ${f.field}` : `no summary of ${target} in the dataset`;
    return { ...base, recorded: null, verdict: "not-enough-evidence", justification: why };
  }
  const told = values.map((v) => showValue(f.field, v)).join(" vs ");
  const matching = values.filter((v) => satisfies(f, v));
  const verdict: Verdict = matching.length === 0 ? "refuted" : values.length > 1 ? "conflicting-sources" : "supported";
  const justification =
    verdict === "supported"
      ? `${readings.length} summar${readings.length > 1 ? "ies" : "y"} of ${target} state ${f.field} ${told}`
      : verdict === "refuted"
        ? `the summaries of ${target} state ${f.field} ${told}, not ${claimed}`
        : `the summaries of ${target} disagree on ${f.field}: ${told}`;
  return { ...base, recorded: values.length === 1 ? values[0] : null, verdict, justification };
}

/** no summary states the figure: the sum of the year's rounds, when every round a summary counts is here */
function sumOfRounds(field: FieldPath, rounds: MergedRound[], summaries: SourcedSummary[], f: ClaimFigure) {
  const count = summaries.find((s) => s.summary.rounds !== null)?.summary.rounds ?? null;
  if (count === null) return null;
  const { stage, field: unit } = splitFieldPath(field);
  const covered = Array.from({ length: count }, (_, i) => rounds.find((r) => r.ordinal === i + 1));
  const values = covered.map((r) => r?.[stage]?.[unit] ?? null);
  if (values.some((v) => v === null)) return null;
  const recorded = (values as number[]).reduce((a, b) => a + b, 0);
  const ok = satisfies(f, recorded);
  return (target: string): SubClaimVerdict => ({
    target,
    rounds: covered.map((r) => r!.key),
    field,
    claimed: f.value,
    qualifier: f.qualifier,
    recorded,
    verdict: ok ? "supported" : "refuted",
    justification: `the year's ${count} rounds add up to ${showValue(field, recorded)} for ${field}${ok ? "" : `, not ${showValue(field, f.value)}`}`,
    sources: [],
  });
}

/** the year a cumulative summary counts from (2020年8月以来…): written in its quote, since extraction drops it */
function since(s: SourcedSummary): number | null {
  const quote = quoteOf(s, "rounds") ?? "";
  const m = SINCE_YEAR_RE.exec(quote);
  return s.summary.year === null && m ? parseYear(m.groups!.year) : null;
}

function quoteOf(s: SourcedSummary, field: string): string | null {
  return s.summary.evidence.find((e) => e.field === field)?.quote ?? null;
}

function sourceOf(s: SourcedSummary, value: unknown, quote: string | null): SourceReading {
  const { summary: _summary, ...where } = s;
  return { ...where, value, quote };
}
