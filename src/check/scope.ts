// The scope a claim names, resolved through the gazetteers extraction uses (data/places.ts, data/zones.ts and the
// zone scanner): 太原 and 太原市 → 太原市, 综改区 → 山西转型综合改革示范区, 交城 → 交城县. A name that looks like a scope
// but is in no gazetteer is kept as unknown: the claim is then judged "not enough evidence", never the province's.
import { OTHER_CITIES, OTHER_PROVINCES, SHANXI_CITIES, SHANXI_COUNTIES, shortPlaceName } from "../data/places.js";
import { canonicalZoneName, ZONE_KINDS } from "../data/zones.js";
import { scanZones } from "../extract/scan/zones.js";
import type { Scope } from "../schema/index.js";

export const PROVINCE: Scope = { level: "province", name: "山西省" };

export type ClaimScope = { resolved: true; scope: Scope; written: string | null } | { resolved: false; written: string; reason: string };

export interface ScopeFound {
  scope: ClaimScope;
  start: number;
  end: number;
}

const byLength = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length);
const alternation = (names: readonly string[]) => byLength(names).join("|");
const COUNTY_SHORT = new Map(SHANXI_COUNTIES.map((n) => [shortPlaceName(n) ?? n, n] as const));
const CITY_SHORT = new Map(SHANXI_CITIES.map((n) => [shortPlaceName(n) ?? n, n] as const));
const KINDS = alternation(ZONE_KINDS.map((k) => k.suffix));

/** a Shanxi county or city (full or short) + a zone kind: 交城县开发区, 清徐经济开发区 (the zone scanner wants a sentence around it) */
const PLACE_ZONE_RE = new RegExp(
  `(?:${alternation([...SHANXI_COUNTIES, ...SHANXI_CITIES, ...COUNTY_SHORT.keys(), ...CITY_SHORT.keys()])})(?:${KINDS})`,
  "u",
);
const CITY_RE = new RegExp(`${alternation(SHANXI_CITIES)}|(?:${alternation([...CITY_SHORT.keys()])})(?!县|区)`, "u");
const COUNTY_RE = new RegExp(`${alternation(SHANXI_COUNTIES)}|${alternation([...COUNTY_SHORT.keys()])}`, "u");
const PROVINCE_RE = /全省|我省|山西省|山西/u;
const ELSEWHERE_RE = new RegExp(`${alternation(OTHER_CITIES)}|${alternation(OTHER_PROVINCES)}`, "u");

/** words that may stand where a subject would and name none (活动, 集中, 共 …) */
const FILLER_RE =
  /签约|开工|投产|合同|生产|总投资|投资|年产值|产值|预计|全省|开发区|各类|活动|项目|集中|共计|合计|总计|累计|一共|总共|共|中|在|的|上|于|时|举行|举办|开展|推进|当天|现场|期间|分别|其中|全年|年度|以来|次|期|和|与|及|为|达|有|约|超|近|[、，,：:；;\s“”"「」『』（）()]/gu;

/** The scope named in `head` (the claim before its first figure, year and round blanked), else the province; two
 * scopes (太原、晋中两市) are not one scope: said so, like an unknown one. */
export function findScope(head: string): ScopeFound {
  const first = resolveOne(head);
  if (!first.scope.resolved || first.scope.scope.level === "province") return first;
  const second = resolveOne(head.slice(0, first.start) + " ".repeat(first.end - first.start) + head.slice(first.end));
  if (!second.scope.resolved || second.scope.scope.level === "province" || second.scope.scope.name === first.scope.scope.name) return first;
  const names = [first.scope.scope.name, second.scope.scope.name];
  return unknown(
    head.slice(Math.min(first.start, second.start), Math.max(first.end, second.end)),
    `names two scopes (${names.join(", ")}): check one at a time`,
    Math.min(first.start, second.start),
  );
}

/** The Shanxi zone, city or county named first in `text` (a zone before the city in its name), or null. */
export function namedScope(text: string): ScopeFound | null {
  const zone = scanZones({ text, publishedAt: null, blocked: [] })[0];
  if (zone) return found({ level: "zone", name: zone.name }, zone.mention, zone.start);
  const placeZone = PLACE_ZONE_RE.exec(text);
  if (placeZone) return found({ level: "zone", name: canonicalZoneName(placeZone[0]) }, placeZone[0], placeZone.index);
  const city = CITY_RE.exec(text);
  if (city) return found({ level: "city", name: CITY_SHORT.get(city[0]) ?? city[0] }, city[0], city.index);
  const county = COUNTY_RE.exec(text);
  if (county) return found({ level: "county", name: COUNTY_SHORT.get(county[0]) ?? county[0] }, county[0], county.index);
  return null;
}

/** The province as written (全省, 山西省 …), or null. */
export function provinceNamed(text: string): ScopeFound | null {
  const m = PROVINCE_RE.exec(text);
  return m ? found(PROVINCE, m[0], m.index) : null;
}

function resolveOne(head: string): ScopeFound {
  const named = namedScope(head);
  if (named) return named;
  const elsewhere = ELSEWHERE_RE.exec(head);
  if (elsewhere) return unknown(elsewhere[0], "is not in Shanxi", elsewhere.index);
  const province = PROVINCE_RE.exec(head);
  const rest = province
    ? head.slice(0, province.index) + " ".repeat(province[0].length) + head.slice(province.index + province[0].length)
    : head;
  const residue = [...rest.replace(FILLER_RE, (m) => " ".repeat(m.length)).matchAll(/\p{Script=Han}{2,}/gu)].find((m) =>
    looksLikeScope(m[0], head.slice(m.index + m[0].length)),
  );
  if (residue) return unknown(residue[0], "is no Shanxi city, county or zone in the gazetteer", residue.index!);
  return {
    scope: { resolved: true, scope: PROVINCE, written: province?.[0] ?? null },
    start: province?.index ?? 0,
    end: (province?.index ?? 0) + (province?.[0].length ?? 0),
  };
}

/** a place's suffix (太远市), or the subject's place: right before what the subject did (太远签约, 太远共推进) or ending
 * what stands before the figure (太远 | 34个项目), with no punctuation between — so a lead-in (据统计，, 记者从…获悉，,
 * 截至…，) or a word qualifying the projects or the amount (签约重点项目, 计划总投资) is no scope */
const PLACE_SUFFIX_RE = /(?:市|县|区|州|省|盟|旗)$/u;
const SUBJECT_OF_RE = /^[^，,。；;：:！!？?]*?(?:签约|开工|投产|推进|集中|共|累计|合计|参加|开展|举办|举行)/u;
const QUALIFIES_RE = /^\s*(?:项目|总投资|投资|年产值|产值)/u;
const NO_PUNCTUATION_RE = /^[^，,。；;：:！!？?]*$/u;
function looksLikeScope(name: string, after: string): boolean {
  if (PLACE_SUFFIX_RE.test(name)) return true;
  if (QUALIFIES_RE.test(after)) return false;
  return SUBJECT_OF_RE.test(after) || (NO_PUNCTUATION_RE.test(after) && after.replace(FILLER_RE, "").trim() === "");
}

function found(scope: Scope, written: string, start: number): ScopeFound {
  return { scope: { resolved: true, scope, written }, start, end: start + written.length };
}

function unknown(written: string, why: string, start: number): ScopeFound {
  return { scope: { resolved: false, written, reason: `"${written}" ${why}` }, start, end: start + written.length };
}
