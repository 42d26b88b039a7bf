// Main text in any script → normalized simplified text. Minimal for now: script conversion only.
import * as OpenCC from "opencc-js";
import type { GarbledSpan, Script } from "../schema/index.js";

export interface NormalizedText {
  /** normalized simplified text: every offset the extractors emit points into it */
  text: string;
  /** the text as it came from the page, before normalization */
  original: string;
  script: Script;
  pinyinAnnotationsRemoved: number;
  garbled: GarbledSpan[];
  warnings: { code: string; message: string; start?: number; end?: number }[];
}

let toSimplifiedConverter: ((s: string) => string) | null = null;

export function toSimplified(s: string): string {
  const convert = (toSimplifiedConverter ??= OpenCC.Converter({ from: "hk", to: "cn" }));
  return convert(s);
}

export function normalizeText(original: string): NormalizedText {
  const text = toSimplified(original);
  const script = text === original ? "simplified" : "traditional";
  return { text, original, script, pinyinAnnotationsRemoved: 0, garbled: [], warnings: [] };
}
