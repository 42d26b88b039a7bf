// Not yet written: returns nothing until its extractor lands.
import type { SummaryMention, Warning } from "../schema/index.js";
import type { ExtractContext } from "./context.js";

export function extractSummaries(_ctx: ExtractContext, _warnings: Warning[]): SummaryMention[] {
  return [];
}
