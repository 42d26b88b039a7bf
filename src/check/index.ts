// The `check` query: a journalist's claim (text) + a dataset (merged rounds, annual summaries) → a verdict for each
// statement in it, with sources, quotes and a one-line justification.
import type { MergedRound } from "../schema/index.js";
import type { Claim } from "./claim.js";
import { judgeRounds } from "./judge-round.js";
import { judgeSummary } from "./judge-summary.js";
import { combine, VERDICT_LABEL, type CheckDataset, type ClaimReport } from "./verdict.js";

export { parseClaim, scopeLabel, type Claim, type ClaimFigure, type ClaimScope, type ParsedClaim } from "./claim.js";
export { summariesOf, type SourcedSummary } from "./summaries.js";
export {
  satisfies,
  showValue,
  VERDICT_LABEL,
  type CheckDataset,
  type ClaimReport,
  type SourceReading,
  type SubClaimVerdict,
  type Verdict,
} from "./verdict.js";

/** Judges a parsed claim; a bare list of merged rounds is a dataset without summaries. */
export function judgeClaim(claim: Claim, data: CheckDataset | MergedRound[]): ClaimReport {
  const dataset = Array.isArray(data) ? { rounds: data, summaries: [] } : data;
  if (!claim.scope.resolved) {
    const justification = `unknown scope: ${claim.scope.reason}; name a Shanxi city (太原), county (交城县) or zone (综改区)`;
    return { claim, verdict: "not-enough-evidence", justification, subClaims: [] };
  }
  const subClaims = claim.summary ? judgeSummary(claim, dataset) : judgeRounds(claim, dataset.rounds);
  const verdict = combine(subClaims.map((s) => s.verdict));
  const deciding = subClaims.filter((s) => s.verdict === verdict);
  const justification =
    deciding.length === 1 || verdict !== "supported"
      ? (deciding[0]?.justification ?? VERDICT_LABEL[verdict])
      : `all ${subClaims.length} statements match the dataset`;
  return { claim, verdict, justification, subClaims };
}
