// Script detection and an offset-stable traditional → simplified conversion built from opencc-js data.
// opencc-js's own hk/tw → cn converters apply phrase entries that may change length; ours keeps
// only entries whose every code point maps to one code point of the same UTF-16 width.
import { createRequire } from "node:module";
import type { DictGroup, DictLike, Trie } from "opencc-js";
import type { Script } from "../schema/index.js";
import { mayConvert } from "./script-gate.js";

// opencc-js and the tables below load on the first text the gate lets through (script-gate.ts): most
// simplified pages never need them, and they cost ~150 ms and ~30 MB of start-up
type OpenCCModule = typeof import("opencc-js");

type Pair = readonly [string, string];

/** Simplified forms that are also standard traditional characters (台灣, 干支, 皇后): not evidence of script. */
const SHARED_FORMS = new Set("干后台里于余么征钟只系几丑冬出卷布才斗借准");

function parseDict(dict: DictLike): Pair[] {
  if (typeof dict !== "string") return dict.map(([a, b]: readonly [string, string]): Pair => [a, b]);
  return dict.split("|").map((entry) => {
    const [source = "", target = ""] = entry.split(" ");
    return [source, target] as const;
  });
}

/** True when target replaces source code point by code point with the same UTF-16 width. */
function isAligned([source, target]: Pair): boolean {
  if (source.length !== target.length || source.length === 0) return false;
  const s = [...source];
  const t = [...target];
  return s.length === t.length && s.every((c, i) => c.length === t[i].length);
}

export interface Conversion {
  /** BMP code unit → simplified code unit (0 = unchanged) */
  bmp: Uint16Array;
  /** astral code point → simplified code point of the same width */
  astral: Map<number, number>;
  /** phrases whose conversion differs from the character map (乾隆 stays, 乾淨 → 干净) */
  phrases: Trie;
  /** 1 where a phrase key starts with this code unit */
  phraseStarts: Uint8Array;
  /** 1 = changes under the character map (traditional evidence), 2 = only simplified writes it */
  evidence: Uint8Array;
  /** the source of every phrase entry (for the gate: scripts/gen-script-gate.ts) */
  phraseSources: string[];
}

let conversion: Conversion | null = null;

/** true once the conversion tables are built (a simplified-only page never builds them). */
export function conversionBuilt(): boolean {
  return conversion !== null;
}

// Built once on first use: the dictionaries are large and the CLI may never need them.
export function getConversion(): Conversion {
  if (conversion) return conversion;
  const OpenCC = createRequire(import.meta.url)("opencc-js") as OpenCCModule;
  const { configs, to, from } = OpenCC.Locale;
  const hk2s = configs.hk2s as { normalizationChain?: DictGroup[]; conversionChain: readonly DictGroup[] };
  // opencc's hk2s chain, plus tw variants: compatibility ideographs → variants → traditional → simplified
  const groups: DictGroup[] = [...(hk2s.normalizationChain ?? []), hk2s.conversionChain[0], configs.tw2s.conversionChain[0], ...to.cn];
  const stagePairs: Pair[][] = groups.map((group: DictGroup) => group.flatMap((d: DictLike) => parseDict(d)).filter(isAligned));
  const charMaps = stagePairs.map((pairs) => new Map<string, string>(pairs.filter(([a]) => [...a].length === 1)));
  const mapChar = (c: string) => charMaps.reduce((x, m) => m.get(x) ?? x, c);
  const bmp = new Uint16Array(0x10000);
  const astral = new Map<number, number>();
  const evidence = new Uint8Array(0x10000);
  for (const source of new Set(charMaps.flatMap((m) => [...m.keys()]))) {
    const target = mapChar(source);
    if (target === source) continue;
    const [s, t] = [source.codePointAt(0)!, target.codePointAt(0)!];
    if (s > 0xffff) astral.set(s, t);
    else ((bmp[s] = t), (evidence[s] = 1));
  }
  const phrases = new OpenCC.Trie();
  const phraseStarts = new Uint8Array(0x10000);
  const phraseSources: string[] = [];
  stagePairs.forEach((pairs, stage) => {
    const later = charMaps.slice(stage + 1);
    const finish = (c: string) => later.reduce((x, m) => m.get(x) ?? x, c);
    for (const [source, target] of pairs) {
      const converted = [...target].map(finish).join("");
      if ([...source].length < 2 || converted === [...source].map(mapChar).join("")) continue;
      phrases.addWord(source, converted);
      phraseStarts[source.charCodeAt(0)] = 1;
      phraseSources.push(source);
    }
  });
  for (const [source, target] of from.cn.flatMap((group: DictGroup) => group.flatMap((d: DictLike) => parseDict(d)))) {
    const code = source.charCodeAt(0);
    if (source.length === 1 && target !== source && evidence[code] === 0 && !SHARED_FORMS.has(source)) evidence[code] = 2;
  }
  return (conversion = { bmp, astral, phrases, phraseStarts, evidence, phraseSources });
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
  let n = 0;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) !== after.charCodeAt(i)) n++;
  return n;
}
