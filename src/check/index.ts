// The `check` query: a journalist's claim (text) + a dataset (merged rounds, annual summaries) → a verdict for each
// statement in it, with sources, quotes and a one-line justification.
import type { MergedRound } from "../schema/index.js";
import type { Claim, ClaimFigure, ClaimScope } from "./claim.js";
import { judgeRounds } from "./judge-round.js";
import { judgeSummary } from "./judge-summary.js";
import { combine, VERDICT_LABEL, type CheckDataset, type ClaimReport, type SubClaimVerdict } from "./verdict.js";

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
  const groups = byScope(claim);
  if (groups.length === 1 && !groups[0].scope.resolved) {
    const justification = `unknown scope: ${groups[0].scope.reason}; name a Shanxi city (太原), county (交城县) or zone (综改区)`;
    return { claim, verdict: "not-enough-evidence", justification, subClaims: [] };
  }
  // the round's date and venue are facts of the round: judged once, with the first scope's figures
  const subClaims = groups.flatMap(({ scope, figures }, i) => {
    if (!scope.resolved) return figures.map((f) => unknownScope(f, scope));
    const part = { ...claim, scope, figures };
    return claim.summary ? judgeSummary(part, dataset) : judgeRounds(part, dataset.rounds, i === 0);
  });
  const verdict = combine(subClaims.map((s) => s.verdict));
  const deciding = subClaims.filter((s) => s.verdict === verdict);
  const justification =
    deciding.length === 1 || verdict !== "supported"
      ? (deciding[0]?.justification ?? VERDICT_LABEL[verdict])
      : `all ${subClaims.length} statements match the dataset`;
  return { claim, verdict, justification, subClaims };
}

/** the claim's figures by the scope each is about, in the order written (one group when it names one scope) */
function byScope(claim: Claim): { scope: ClaimScope; figures: ClaimFigure[] }[] {
  const groups: { scope: ClaimScope; figures: ClaimFigure[] }[] = [];
  const nameOf = (s: ClaimScope) => (s.resolved ? `${s.scope.level}|${s.scope.name}` : `?${s.written}`);
  for (const f of claim.figures) {
    const scope = f.scope ?? claim.scope;
    const group = groups.find((g) => nameOf(g.scope) === nameOf(scope));
    if (group) group.figures.push(f);
    else groups.push({ scope, figures: [f] });
  }
  return groups.length ? groups : [{ scope: claim.scope, figures: [] }];
}

function unknownScope(f: ClaimFigure, scope: Extract<ClaimScope, { resolved: false }>): SubClaimVerdict {
  const base = { target: scope.written, rounds: [], field: f.field, claimed: f.value, qualifier: f.qualifier, recorded: null };
  return { ...base, sources: [], verdict: "not-enough-evidence", justification: `unknown scope: ${scope.reason}` };
}
