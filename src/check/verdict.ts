// Judges a parsed claim against merged rounds: supported, contradicted or not found, with every
// source of the round, the value it reported and its quote.
import { splitFieldPath, type MergedRound } from "../schema/index.js";
import { roundingSlack } from "../merge/checks.js";
import type { Claim, ClaimFigure } from "./claim.js";
import { evidenceFor } from "../merge/rounds.js";
import { qualifierBound } from "../extract/patterns/numbers.js";

export type Verdict = "supported" | "contradicted" | "not-found";

export interface SourceReading {
  articleId: string;
  path?: string;
  url?: string;
  outlet: string | null;
  publishedAt: string | null;
  independent: boolean;
  /** what this article reported for the field; null when it does not say */
  value: unknown;
  quote: string | null;
}

export interface FigureVerdict {
  field: string;
  claimed: number;
  qualifier: string | null;
  recorded: number | null;
  verdict: Verdict;
  sources: SourceReading[];
}

export interface ClaimReport {
  claim: Claim;
  verdict: Verdict;
  round: string | null;
  message: string;
  figures: FigureVerdict[];
}

export function satisfies(f: ClaimFigure, recorded: number): boolean {
  const unit = splitFieldPath(f.field).field;
  const slack = roundingSlack(unit, f.value);
  // how a qualifier bounds the recorded figure: 超100亿 wants at least 100亿, 近100亿 at most it
  const bound = f.qualifier === null ? null : qualifierBound(f.qualifier);
  if (bound === "at-least") return recorded >= f.value - slack;
  if (bound === "at-most") return recorded <= f.value + slack && recorded >= f.value * 0.9;
  if (bound === "about") return Math.abs(recorded - f.value) <= Math.max(slack, f.value * 0.05);
  return Math.abs(recorded - f.value) <= slack;
}

export function findRound(claim: Claim, rounds: MergedRound[]): MergedRound | null {
  return (
    rounds.find(
      (r) =>
        (claim.scope === null ? r.scope.level === "province" : r.scope.name === claim.scope.name) &&
        r.year === claim.year &&
        (claim.ordinal === null || r.ordinal === claim.ordinal) &&
        (claim.date === null || r.date === claim.date),
    ) ?? null
  );
}

export function judgeClaim(claim: Claim, rounds: MergedRound[]): ClaimReport {
  const round = findRound(claim, rounds);
  const which = `${claim.scope?.name ?? "全省"} ${claim.year}年${claim.ordinal !== null ? `第${claim.ordinal}次` : ""}${claim.date ?? ""}`;
  if (round === null) {
    const figures = claim.figures.map((f) => ({
      field: f.field,
      claimed: f.value,
      qualifier: f.qualifier,
      recorded: null,
      verdict: "not-found" as const,
      sources: [],
    }));
    return { claim, verdict: "not-found", round: null, message: `no ${which} round in the dataset`, figures };
  }
  const figures = claim.figures.map((f) => judgeFigure(f, round));
  const verdict: Verdict = figures.some((f) => f.verdict === "contradicted")
    ? "contradicted"
    : figures.every((f) => f.verdict === "supported")
      ? "supported"
      : "not-found";
  const message =
    verdict === "not-found"
      ? `${which}: the sources do not state ${figures
          .filter((f) => f.verdict === "not-found")
          .map((f) => f.field)
          .join(", ")}`
      : `${which}: ${figures.map((f) => `${f.field} claimed ${f.claimed}, recorded ${f.recorded ?? "-"}`).join("; ")}`;
  return { claim, verdict, round: round.key, message, figures };
}

function judgeFigure(f: ClaimFigure, round: MergedRound): FigureVerdict {
  const { stage, field: unit } = splitFieldPath(f.field);
  const recorded = round[stage]?.[unit] ?? null;
  const conflict = round.conflicts.find((c) => c.field === f.field);
  const sources = round.sources.map((s): SourceReading => {
    const evidence = evidenceFor(
      round.evidence.filter((e) => e.articleId === s.articleId),
      f.field,
    );
    const disputed = conflict?.values.find((v) => v.sources.includes(s.articleId));
    const value = disputed ? disputed.value : evidence ? recorded : null;
    const { duplicateGroup: _group, ...where } = s;
    return { ...where, value, quote: evidence?.quote ?? null };
  });
  const verdict: Verdict = recorded === null ? "not-found" : satisfies(f, recorded) ? "supported" : "contradicted";
  return { field: f.field, claimed: f.value, qualifier: f.qualifier, recorded, verdict, sources };
}
