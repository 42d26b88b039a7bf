// Main text in any script → normalized simplified text whose offsets the extractors can trust.
//
// Order, and why:
//   1. mojibake    works on the page's characters as decoded: GBK re-encoding needs them untouched
//   2. pinyin      removes 發(fā) annotations while the characters are still the ones annotated
//   3. width       full-width digits/letters → ASCII, stray spaces, doubled commas (needs pinyin gone)
//   4. watermark   a repost site's cycle of title fragments at clause heads (needs delimiters normalized)
//   5. script      traditional → simplified, character for character: offsets do not move
// Steps 1–4 change length; their edits carry every garbled span onto the final text.
import { warning, type GarbledSpan, type Script, type Warning } from "../schema/index.js";
import { type Edit, mapOffset } from "./edits.js";
import { repairMojibake } from "./mojibake.js";
import { stripPinyinAnnotations } from "./pinyin.js";
import { countConverted, detectScript, toSimplified } from "./script.js";
import { stripWatermark } from "./watermark.js";
import { fixWidth, fixWidthAndSpacing } from "./width.js";

export { toSimplified, detectScript } from "./script.js";
export { stripPinyinAnnotations } from "./pinyin.js";
export { repairMojibake } from "./mojibake.js";
export { fixWidthAndSpacing } from "./width.js";

export interface NormalizedText {
  /** normalized simplified text: every offset the extractors emit points into it */
  text: string;
  /** the text as it came from the page, before normalization */
  original: string;
  script: Script;
  pinyinAnnotationsRemoved: number;
  garbled: GarbledSpan[];
  widthFixes: number;
  convertedCharacters: number;
  warnings: Warning[];
}

function follow(span: GarbledSpan, edits: readonly Edit[]): GarbledSpan {
  return { ...span, start: mapOffset(edits, span.start, "start"), end: mapOffset(edits, span.end, "end") };
}

export function normalizeText(original: string): NormalizedText {
  const mojibake = repairMojibake(original);
  // a repaired span now holds its repair: later steps see the repaired length
  let garbled = mojibake.garbled.map((g) => {
    const start = mapOffset(mojibake.edits, g.start, "start");
    return { ...g, start, end: g.repaired === null ? mapOffset(mojibake.edits, g.end, "end") : start + g.repaired.length };
  });
  const pinyin = stripPinyinAnnotations(mojibake.text);
  const width = fixWidthAndSpacing(pinyin.text);
  const watermark = stripWatermark(width.text);
  garbled = garbled.map((g) => follow(follow(follow(g, pinyin.edits), width.edits), watermark.edits));
  const script = detectScript(watermark.text);
  const text = script === "simplified" ? watermark.text : toSimplified(watermark.text);
  const warnings: Warning[] = garbled.map((g) =>
    g.repaired === null
      ? warning("garbled-text", `garbled text (UTF-8 read as GBK?) kept as is: ${JSON.stringify(g.raw)}`, g)
      : warning("garbled-repaired", `garbled text ${JSON.stringify(g.raw)} repaired as ${JSON.stringify(g.repaired)}`, g),
  );
  for (const cycle of watermark.cycles)
    warnings.push(warning("watermark-removed", `a repost watermark removed from the heads of clauses: ${cycle.join(" ")}`));
  return {
    text,
    original,
    script,
    pinyinAnnotationsRemoved: pinyin.removed,
    garbled,
    widthFixes: width.fixes,
    convertedCharacters: countConverted(watermark.text, text),
    warnings,
  };
}

/** Titles, outlets, names: pinyin stripped, width fixed, simplified; no spans to keep. */
export function normalizeMeta(s: string): string {
  return toSimplified(fixWidth(stripPinyinAnnotations(s).text));
}
