// Not yet written: returns nothing until its extractor lands.
import type { RoundMention, Warning } from "../schema/index.js";
import type { ExtractContext } from "./context.js";

export function extractRounds(_ctx: ExtractContext, _warnings: Warning[]): RoundMention[] {
  return [];
}
