// Which UTF-16 units the script conversion can act on. A text with none of them is simplified as it stands:
// no traditional character, no mapped astral character, no phrase entry can match (every phrase has one of
// its units here). Most simplified pages are such texts, and for them script.ts never builds the conversion's
// tables. The units are derived from opencc-js's dictionaries by scripts/gen-script-gate.ts into
// src/data/script-gate.generated.json; a test keeps the file equal to the tables.
import gate from "../data/script-gate.generated.json" with { type: "json" };
import type { Conversion } from "./script-tables.js";

let units: Uint8Array | null = null;

/** false when no entry of the conversion can apply to `text` (and none of its characters is traditional evidence) */
export function mayConvert(text: string): boolean {
  units ??= unitTable(gate.units);
  for (let i = 0; i < text.length; i++) if (units[text.charCodeAt(i)] === 1) return true;
  return false;
}

function unitTable(list: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < list.length; i++) table[list.charCodeAt(i)] = 1;
  return table;
}

/** The gate's units from built tables: traditional evidence, the lead surrogate of every mapped astral
 *  character, and for each phrase with neither a unit it shares with as many other uncovered phrases as
 *  possible (greedy, ties to the lower unit), so common characters such as 一 or 年 stay out. */
export function gateUnits(c: Pick<Conversion, "evidence" | "astral" | "phraseSources">): string {
  const table = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) if (c.evidence[u] === 1) table[u] = 1;
  for (const point of c.astral.keys()) table[String.fromCodePoint(point).charCodeAt(0)] = 1;
  const unitsOf = (s: string) => [...new Set(Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)))];
  let open = c.phraseSources.map(unitsOf).filter((us) => !us.some((u) => table[u] === 1));
  while (open.length > 0) {
    const shared = new Map<number, number>();
    for (const us of open) for (const u of us) shared.set(u, (shared.get(u) ?? 0) + 1);
    const [best] = [...shared].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a));
    table[best] = 1;
    open = open.filter((us) => !us.includes(best));
  }
  let out = "";
  for (let u = 0; u < 0x10000; u++) if (table[u] === 1) out += String.fromCharCode(u);
  return out;
}
