// `zhpress check "<claim>" <dataset dir | inputs…>`: a journalist's claim against the dataset.
// Exit codes: 0 supported, 1 refuted, 4 not enough evidence, 5 conflicting sources; 2 a usage error (an unreadable
// claim, a missing or mistyped dataset), 3 an internal error.
import { judgeClaim, parseClaim, showValue, VERDICT_LABEL, type ClaimReport, type Verdict } from "../../check/index.js";
import type { Options } from "../../options.js";
import { loadCheckDataset } from "../check-dataset.js";
import { UsageError } from "../handle-error.js";

export { showValue };

export const VERDICT_EXIT: Record<Verdict, number> = { supported: 0, refuted: 1, "not-enough-evidence": 4, "conflicting-sources": 5 };

export interface CheckArgs {
  claim: string;
  inputs: string[];
  json: boolean;
}

export async function checkCommand(args: CheckArgs, opts: Options): Promise<number> {
  const parsed = parseClaim(args.claim);
  if (!parsed.ok) throw new UsageError(`cannot read the claim "${args.claim}": ${parsed.reason}`);
  const dataset = await loadCheckDataset(args.inputs, opts);
  const report = judgeClaim(parsed.claim, dataset);
  process.stdout.write(args.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
  return VERDICT_EXIT[report.verdict];
}

export function formatReport(report: ClaimReport): string {
  const lines = [`${VERDICT_LABEL[report.verdict]}: ${report.claim.text}`, `  ${report.justification}`];
  for (const s of report.subClaims) {
    const recorded = s.recorded === null ? "-" : showValue(s.field, s.recorded);
    lines.push(
      `  ${s.target} ${s.field}: claimed ${s.qualifier ?? ""}${showValue(s.field, s.claimed)}, recorded ${recorded} → ${VERDICT_LABEL[s.verdict]}`,
    );
    if (report.subClaims.length > 1) lines.push(`    ${s.justification}`);
    // the text shows who says what; --json also lists the sources that do not state the field
    for (const r of s.sources.filter((x) => x.value !== null)) {
      const where = r.path ?? r.url ?? r.articleId;
      const said = showValue(s.field, r.value);
      lines.push(
        `    ${r.outlet ?? "?"} ${r.publishedAt ?? "?"} ${where}${r.independent ? "" : " (repost)"}: ${said}${r.quote ? ` 「${r.quote}」` : ""}`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
