// Not yet written: returns nothing until its extractor lands.
import type { FigureMention, Warning } from "../schema/index.js";
import type { ExtractContext, Span } from "./context.js";

export function extractFigures(_ctx: ExtractContext, _claimed: Span[], _warnings: Warning[]): FigureMention[] {
  return [];
}
