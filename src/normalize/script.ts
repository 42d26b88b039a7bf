// Script detection and an offset-stable traditional → simplified conversion, from tables generated out of opencc-js's
// dictionaries (script-tables.ts): only entries whose every code point maps to one code point of the same UTF-16 width.
import type { Script } from "../schema/index.js";
import tables from "../data/script-tables.generated.json" with { type: "json" };
import { mayConvert } from "./script-gate.js";
import { buildConversion, type Conversion, type ScriptTables } from "./script-tables.js";
export type { Conversion } from "./script-tables.js";

let conversion: Conversion | null = null;

/** true once the conversion tables are built (a simplified-only page never builds them). */
export function conversionBuilt(): boolean {
  return conversion !== null;
}

// Built once on first use, on the first text the gate lets through (script-gate.ts): most simplified pages never need it.
export function getConversion(): Conversion {
  // the generator writes this shape (scripts/gen-script-gate.ts); JSON's inferred types are only wider
  return (conversion ??= buildConversion(tables as unknown as ScriptTables));
}

/** True for a character the character map changes: a traditional (or variant) form. */
export function isTraditionalChar(c: string): boolean {
  return mayConvert(c) && getConversion().evidence[c.charCodeAt(0)] === 1;
}

export interface ScriptCount {
  traditional: number;
  simplifiedOnly: number;
}

export function countScriptEvidence(text: string): ScriptCount {
  const { evidence } = getConversion();
  let t = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const e = evidence[text.charCodeAt(i)];
    if (e === 1) t++;
    else if (e === 2) s++;
  }
  return { traditional: t, simplifiedOnly: s };
}

/** Below this share the minority script is stray characters (a quoted name), not a mixed text. */
const MIXED_MINORITY_SHARE = 0.05;

export function detectScript(text: string): Script {
  if (!mayConvert(text)) return "simplified";
  const { traditional, simplifiedOnly } = countScriptEvidence(text);
  if (traditional === 0) return "simplified";
  if (simplifiedOnly === 0) return "traditional";
  const minority = Math.min(traditional, simplifiedOnly) / (traditional + simplifiedOnly);
  if (minority >= MIXED_MINORITY_SHARE) return "mixed";
  return traditional > simplifiedOnly ? "traditional" : "simplified";
}

/** Traditional (and HK/TW variants) → simplified; output has the input's length, char i ↔ char i. */
export function toSimplified(text: string): string {
  if (!mayConvert(text)) return text;
  const { bmp, astral, phrases, phraseStarts } = getConversion();
  let out: Uint16Array | null = null;
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    if (phraseStarts[unit] === 1) {
      const phrase = phrases.matchPrefix(text, i);
      if (phrase) {
        out ??= copyUnits(text);
        for (let k = 0; k < phrase.value.length; k++) out[i + k] = phrase.value.charCodeAt(k);
        i = phrase.end;
        continue;
      }
    }
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const target = astral.get(text.codePointAt(i)!);
      if (target !== undefined) {
        out ??= copyUnits(text);
        const t = String.fromCodePoint(target);
        out[i] = t.charCodeAt(0);
        out[i + 1] = t.charCodeAt(1);
      }
      i += 2;
      continue;
    }
    if (bmp[unit] !== 0) (out ??= copyUnits(text))[i] = bmp[unit];
    i++;
  }
  return out === null ? text : UTF16.decode(out);
}

const UTF16 = new TextDecoder("utf-16le");

function copyUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** How many UTF-16 units differ between a text and its conversion (same length by construction). */
export function countConverted(before: string, after: string): number {
  if (before === after) return 0; // a simplified page: the conversion returned the text itself
  let n = 0;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) !== after.charCodeAt(i)) n++;
  return n;
}
