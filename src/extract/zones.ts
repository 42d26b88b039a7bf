// Not yet written: returns nothing until its extractor lands.
import type { ZoneMention, Warning } from "../schema/index.js";
import type { ExtractContext } from "./context.js";

export function extractZones(_ctx: ExtractContext, _warnings: Warning[]): ZoneMention[] {
  return [];
}
