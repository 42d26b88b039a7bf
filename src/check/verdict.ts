// Verdicts and how a claimed figure meets a recorded one. Tolerance: a plain figure must match to its last written
// digit (123.52亿 ± 0.005亿; counts exactly); 超/逾/余/多/以上 want at least it; 近/将近/接近 at most it and no less than
// 90% of it; 约/大约/左右 within 5% (or the rounding of the last digit, whichever is wider).
import { qualifierBound } from "../extract/patterns/numbers.js";
import { roundingSlack } from "../merge/checks.js";
import { splitFieldPath, type MergedRound } from "../schema/index.js";
import { yiYuan } from "../util/index.js";
import type { Claim, ClaimFigure } from "./claim.js";
import type { SourcedSummary } from "./summaries.js";

export type Verdict = "supported" | "refuted" | "conflicting-sources" | "not-enough-evidence";
export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: "supported",
  refuted: "refuted",
  "conflicting-sources": "conflicting sources",
  "not-enough-evidence": "not enough evidence",
};

/** What the check reads: merged rounds and, for claims about a year, the annual summaries with their sources. */
export interface CheckDataset {
  rounds: MergedRound[];
  summaries: SourcedSummary[];
}

export interface SourceReading {
  articleId: string;
  path?: string;
  url?: string;
  outlet: string | null;
  publishedAt: string | null;
  independent: boolean;
  /** what this article reported; null when it does not say */
  value: unknown;
  quote: string | null;
}

/** One checked statement: a figure of one round (or of the year, or of several rounds' sum), or a round's date. */
export interface SubClaimVerdict {
  /** 山西省 2022年第2次, 山西省 2021年全年, 山西省 2022年第1次+第2次 */
  target: string;
  rounds: string[];
  field: string;
  claimed: number | string;
  qualifier: string | null;
  recorded: number | string | null;
  verdict: Verdict;
  justification: string;
  sources: SourceReading[];
}

export interface ClaimReport {
  claim: Claim;
  verdict: Verdict;
  justification: string;
  subClaims: SubClaimVerdict[];
}

export function satisfies(f: Pick<ClaimFigure, "field" | "value" | "qualifier">, recorded: number): boolean {
  const unit = f.field === "rounds" ? "projects" : splitFieldPath(f.field).field;
  const slack = roundingSlack(unit, f.value);
  const bound = f.qualifier === null ? null : qualifierBound(f.qualifier);
  if (bound === "at-least") return recorded >= f.value - slack;
  if (bound === "at-most") return recorded <= f.value + slack && recorded >= f.value * 0.9;
  if (bound === "about") return Math.abs(recorded - f.value) <= Math.max(slack, f.value * 0.05);
  return Math.abs(recorded - f.value) <= slack;
}

/** The claim's verdict from its parts: one refuted part refutes it; then conflicts; then missing evidence. */
export function combine(parts: Verdict[]): Verdict {
  for (const v of ["refuted", "conflicting-sources", "not-enough-evidence"] as const) if (parts.includes(v)) return v;
  return parts.length ? "supported" : "not-enough-evidence";
}

/** 24798000000 → "247.98亿元" for money fields, exact (string arithmetic); counts and dates as they are. */
export function showValue(field: string, v: unknown): string {
  if (typeof v !== "number" || !field.endsWith("Yuan") || !Number.isInteger(v)) return String(v);
  return `${yiYuan(v)}亿元`;
}
