// The script conversion's tables as data: built from opencc-js's dictionaries by scripts/script-tables.ts and
// committed as src/data/script-tables.generated.json (a test keeps the file equal to the dictionaries), so a page
// needing the conversion reads ~30 KB of JSON instead of loading opencc-js's dictionaries and building them (~150 ms).
// Phrases are matched by opencc-js's own Trie, from its core module (15 KB, no dictionaries).
import { Trie } from "opencc-js/core";

/** The generated file's tables: every entry offset-stable (one code point for one of the same UTF-16 width). */
export interface ScriptTables {
  /** BMP characters the character map changes, and what each becomes: two strings of equal length */
  bmp: [string, string];
  /** astral code point → simplified code point of the same width */
  astral: [number, number][];
  /** phrases whose conversion differs from the character map (乾隆 stays, 乾淨 → 干净), each with its conversion */
  phrases: [string, string][];
  /** characters only simplified writes (evidence of simplified script) */
  simplifiedOnly: string;
}

export interface Conversion {
  /** BMP code unit → simplified code unit (0 = unchanged) */
  bmp: Uint16Array;
  /** astral code point → simplified code point of the same width */
  astral: Map<number, number>;
  /** phrases whose conversion differs from the character map, found longest first by opencc-js's own Trie */
  phrases: Trie;
  /** 1 where a phrase key starts with this code unit */
  phraseStarts: Uint8Array;
  /** 1 = changes under the character map (traditional evidence), 2 = only simplified writes it */
  evidence: Uint8Array;
  /** the source of every phrase entry (for the gate: scripts/gen-script-gate.ts) */
  phraseSources: string[];
}

/** opencc-js's Trie (its core module, without the dictionaries); a later entry for the same phrase replaces an earlier one */
function phraseTrie(entries: readonly (readonly [string, string])[]): Trie {
  const trie = new Trie();
  for (const [source, value] of entries) trie.addWord(source, value);
  return trie;
}

export function buildConversion(tables: ScriptTables): Conversion {
  const bmp = new Uint16Array(0x10000);
  const evidence = new Uint8Array(0x10000);
  const [from, to] = tables.bmp;
  for (let i = 0; i < from.length; i++) ((bmp[from.charCodeAt(i)] = to.charCodeAt(i)), (evidence[from.charCodeAt(i)] = 1));
  for (let i = 0; i < tables.simplifiedOnly.length; i++) evidence[tables.simplifiedOnly.charCodeAt(i)] = 2;
  const phraseStarts = new Uint8Array(0x10000);
  for (const [source] of tables.phrases) phraseStarts[source.charCodeAt(0)] = 1;
  return {
    bmp,
    astral: new Map(tables.astral),
    phrases: phraseTrie(tables.phrases),
    phraseStarts,
    evidence,
    phraseSources: tables.phrases.map(([source]) => source),
  };
}
