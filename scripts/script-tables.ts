// The script conversion's tables built from opencc-js's dictionaries, for the generators and their freshness tests
// only: the runtime reads the result from src/data/script-tables.generated.json (src/normalize/script.ts), so no
// page loads opencc-js or spends ~150 ms building them. opencc-js's own hk/tw → cn converters apply phrase entries
// that may change length; ours keeps only entries whose every code point maps to one code point of the same width.
import { createRequire } from "node:module";
import type { DictGroup, DictLike } from "opencc-js";
import type { Conversion } from "../src/normalize/script.js";
import { buildConversion, type ScriptTables } from "../src/normalize/script-tables.js";

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

/** The tables, with every phrase source in the order opencc's dictionaries give it (repeats kept: the gate's
 *  greedy choice counts them, scripts/gen-script-gate.ts). */
export function tablesFromOpenCC(): ScriptTables & { phraseSources: string[] } {
  const OpenCC = createRequire(import.meta.url)("opencc-js") as OpenCCModule;
  const { configs, to, from } = OpenCC.Locale;
  const hk2s = configs.hk2s as { normalizationChain?: DictGroup[]; conversionChain: readonly DictGroup[] };
  // opencc's hk2s chain, plus tw variants: compatibility ideographs → variants → traditional → simplified
  const groups: DictGroup[] = [...(hk2s.normalizationChain ?? []), hk2s.conversionChain[0], configs.tw2s.conversionChain[0], ...to.cn];
  const stagePairs: Pair[][] = groups.map((group: DictGroup) => group.flatMap((d: DictLike) => parseDict(d)).filter(isAligned));
  const charMaps = stagePairs.map((pairs) => new Map<string, string>(pairs.filter(([a]) => [...a].length === 1)));
  const mapChar = (c: string) => charMaps.reduce((x, m) => m.get(x) ?? x, c);
  let from1 = "";
  let to1 = "";
  const astral: [number, number][] = [];
  const traditional = new Set<number>();
  for (const source of new Set(charMaps.flatMap((m) => [...m.keys()]))) {
    const target = mapChar(source);
    if (target === source) continue;
    const [s, t] = [source.codePointAt(0)!, target.codePointAt(0)!];
    if (s > 0xffff) astral.push([s, t]);
    else ((from1 += source), (to1 += target), traditional.add(s));
  }
  // a later entry for the same source replaces an earlier one, as in opencc's trie
  const phrases = new Map<string, string>();
  const phraseSources: string[] = [];
  stagePairs.forEach((pairs, stage) => {
    const later = charMaps.slice(stage + 1);
    const finish = (c: string) => later.reduce((x, m) => m.get(x) ?? x, c);
    for (const [source, target] of pairs) {
      const converted = [...target].map(finish).join("");
      if ([...source].length < 2 || converted === [...source].map(mapChar).join("")) continue;
      phrases.set(source, converted);
      phraseSources.push(source);
    }
  });
  let simplifiedOnly = "";
  for (const [source, target] of from.cn.flatMap((group: DictGroup) => group.flatMap((d: DictLike) => parseDict(d)))) {
    const code = source.charCodeAt(0);
    if (source.length === 1 && target !== source && !traditional.has(code) && !SHARED_FORMS.has(source) && !simplifiedOnly.includes(source))
      simplifiedOnly += source;
  }
  return { bmp: [from1, to1], astral, phrases: [...phrases], simplifiedOnly, phraseSources };
}

/** The conversion as opencc-js's dictionaries give it today (the gate is derived from this one). */
export function conversionFromOpenCC(): Conversion {
  const tables = tablesFromOpenCC();
  return { ...buildConversion(tables), phraseSources: tables.phraseSources };
}
