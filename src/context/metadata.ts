// Places the article's metadata states: the web host (a paper's own site, a .gov.cn host spelling a place in
// pinyin), the outlet (a paper of a province or city: data/outlets.ts) and the places its title names.
import { createRequire } from "node:module";
import { type Division, divisionNames, divisionsNamed } from "../data/divisions.js";
import { HOST_PLACES, OUTLET_PLACES } from "../data/outlets.js";
import type { ContextEvidence } from "../schema/index.js";
import { placesInText } from "./places-in-text.js";

export interface MetaSignal {
  signal: ContextEvidence["signal"];
  divisions: readonly Division[];
  quote: string;
}

/** 长治市 → changzhi, 山阴县 → shanyin: how a .gov.cn host spells a place */
const SUFFIX = /(?:省|市|县|区|自治区|自治州|自治县|特别行政区)$/u;
let byPinyin: Map<string, Division[]> | null = null;

// pinyin-pro (~85 ms and ~15 MB of start-up) loads only for a .gov.cn host no table names
function pinyinIndex(): Map<string, Division[]> {
  if (byPinyin) return byPinyin;
  const { pinyin } = createRequire(import.meta.url)("pinyin-pro") as typeof import("pinyin-pro");
  byPinyin = new Map();
  for (const name of divisionNames()) {
    for (const d of divisionsNamed(name)) {
      if (d.name !== name) continue; // once per division, from its full name
      const key = pinyin(name.replace(SUFFIX, ""), { toneType: "none", type: "array" }).join("");
      byPinyin.set(key, [...(byPinyin.get(key) ?? []), d]);
    }
  }
  return byPinyin;
}

export function hostSignal(url: string | undefined): MetaSignal | null {
  if (url === undefined) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const known = Object.keys(HOST_PLACES).find((h) => host === h || host.endsWith(`.${h}`));
  if (known) return { signal: "url", divisions: divisionsNamed(HOST_PLACES[known]), quote: host };
  // www.changzhi.gov.cn: the label before gov.cn, when exactly one division is spelled so
  const label = /(?:^|\.)(?<label>[a-z]+)\.gov\.cn$/.exec(host)?.groups?.label;
  const found = label === undefined ? [] : (pinyinIndex().get(label) ?? []);
  return found.length === 1 ? { signal: "url", divisions: found, quote: host } : null;
}

export function outletSignal(outlet: string | null): MetaSignal | null {
  if (outlet === null) return null;
  const paper = Object.keys(OUTLET_PLACES)
    .filter((o) => outlet.includes(o))
    .sort((a, b) => b.length - a.length)[0];
  if (paper) return { signal: "outlet", divisions: divisionsNamed(OUTLET_PLACES[paper]), quote: outlet };
  // an outlet named after its place: 霍州市政府门户网站, 长治新闻网
  const first = placesInText(outlet)[0];
  return first !== undefined && first.start === 0 ? { signal: "outlet", divisions: first.divisions, quote: outlet } : null;
}

/** places the title names; one in a venue phrase (…活动在晋中国家农高区举行) says where, not whose: a venue */
export function titleSignals(title: string | null): MetaSignal[] {
  if (title === null) return [];
  return placesInText(title).map((m) => ({ signal: m.signal === "venue" ? "venue" : "title", divisions: m.divisions, quote: title }));
}
