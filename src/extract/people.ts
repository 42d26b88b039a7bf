// Not yet written: returns nothing until its extractor lands.
import type { PersonMention, Warning } from "../schema/index.js";
import type { ExtractContext } from "./context.js";

export function extractPeople(_ctx: ExtractContext, _warnings: Warning[]): PersonMention[] {
  return [];
}
