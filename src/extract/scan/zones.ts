// Development zones: a kind suffix (经济技术开发区, 高新区, 农高区 …) whose left edge is a place from
// the administrative-division gazetteer (or a zone prefix such as 中北), named canonically where found.
import { placeNames, provinceNames } from "../../data/places.js";
import { CANONICAL_ZONE, canonicalZoneName, NON_PLACE_PREFIXES, SHORT_PLACE_KINDS, ZONE_KINDS, ZONE_LEVELS } from "../../data/zones.js";
import { isBlocked, type ExtractContext } from "../context.js";
import { segment } from "../text/segment.js";
import { matchesOf } from "../../util/matches.js";

export interface ZoneHit {
  /** canonical full name (晋中国家农业高新技术产业示范区) */
  name: string;
  /** as written (晋中国家农高区) */
  mention: string;
  kind: string;
  start: number;
  end: number;
}
// a gazetteer alias that ends in no kind (太忻经济区) is found as written, with its zone's kind
const kindOf = (name: string) => ZONE_KINDS.find((k) => name.endsWith(k.suffix))?.kind;
const BARE_ALIASES = [...CANONICAL_ZONE].filter(([alias]) => kindOf(alias) === undefined);
const KIND_OF = new Map([
  ...ZONE_KINDS.map((k) => [k.suffix, k.kind] as const),
  ...BARE_ALIASES.map(([alias, canonical]) => [alias, kindOf(canonical) ?? "开发区"] as const),
]);
// bare aliases first, then the longest suffix first, so 现代农业产业示范区 wins over a shorter tail
const KIND_RE = new RegExp(`(?<suffix>${[...BARE_ALIASES.map(([alias]) => alias), ...ZONE_KINDS.map((k) => k.suffix)].join("|")})`, "gu");
const LEVEL_RE = new RegExp(`(?:${ZONE_LEVELS.join("|")})$`, "u");
// a part of a zone written after it: 山西转型综合改革示范区晋中开发区
const PART_RE = /(?<part>\p{Script=Han}{2,3}?)开发区/uy;
const MAX_PLACE = 4;
// 山西省 before 山西: the longer name first
const PROVINCE_NAME_LENGTHS = [3, 2];
const ADMIN_UNIT_END_RE = /[省市县区]$/u;
// what a zone is to become is not a zone: 培育成临汾市国家级经济技术开发区, 打造国家级经济技术开发区
const ASPIRATION_BEFORE_RE = /(?:培育成|打造成|创建|申报|争创|升级为|晋升为|建设成)$/u;
const SHORT_PLACE_END_RE = /^[^\P{Script=Han}省市县区各全本该类个]$/u;

interface Found {
  start: number;
  end: number;
  kind: string;
}

/** Start of the place (or zone prefix) that ends at `end`, the longest the segmenter agrees with. */
function placeStart(text: string, end: number): number | null {
  const places = placeNames();
  const fits: number[] = [];
  for (let k = MAX_PLACE; k >= 2; k--) {
    const word = text.slice(end - k, end);
    if (word.length === k && (places.has(word) || NON_PLACE_PREFIXES.includes(word))) fits.push(end - k);
  }
  if (fits.length <= 1) return fits[0] ?? null;
  const from = Math.max(0, end - MAX_PLACE - 2);
  const starts = new Set(segment(text.slice(from, end)).map((t) => t.start + from));
  return fits.find((s) => starts.has(s)) ?? fits[0];
}

/** One zone whose kind suffix is at [suffixStart, suffixEnd), or null when nothing names it. */
function zoneAt(text: string, suffixStart: number, suffixEnd: number, kind: string): Found | null {
  // 全省开发区, 各开发区, 晋中市开发区: the common case of a bare 开发区 is rejected before any lookup
  if (SHORT_PLACE_KINDS.has(kind) && !SHORT_PLACE_END_RE.test(text[suffixStart - 1] ?? "")) return null;
  const level = LEVEL_RE.exec(text.slice(Math.max(0, suffixStart - 3), suffixStart))?.[0] ?? "";
  let start = placeStart(text, suffixStart - level.length);
  if (SHORT_PLACE_KINDS.has(kind))
    return start !== null && shortPlace(text.slice(start, suffixStart)) ? { start, end: suffixEnd, kind } : null;
  if (start !== null) {
    // a province may head the name: 山西朔州经济开发区
    const province = provinceBefore(text, start);
    if (province && start - province.length >= 0 && !provinceNames().has(text.slice(start, suffixStart - level.length)))
      start -= province.length;
  } else {
    // no place: only a bare alias of a known zone (综改区) names one
    const bare = text.slice(suffixStart, suffixEnd);
    if (!CANONICAL_ZONE.has(bare)) return null;
    start = suffixStart;
  }
  let end = suffixEnd;
  PART_RE.lastIndex = end;
  const part = kind === "综改示范区" ? PART_RE.exec(text) : null;
  if (part?.groups && placeNames().has(part.groups.part)) end += part[0].length;
  return { start, end, kind: end === suffixEnd ? kind : "开发区" };
}

/** the province name (山西省, 山西) written right before `at`, or undefined */
function provinceBefore(text: string, at: number): string | undefined {
  for (const length of PROVINCE_NAME_LENGTHS) {
    const words = text.slice(at - length, at);
    if (provinceNames().has(words)) return words;
  }
  return undefined;
}

/** a place written without its unit (晋中, not 晋中市) and not a province (山西开发区 are the province's) */
function shortPlace(place: string): boolean {
  return !ADMIN_UNIT_END_RE.test(place) && !provinceNames().has(place);
}

/** a zone name after 培育成/打造/创建/申报 …: an aspiration, not a zone of the story */
function aspired(text: string, start: number): boolean {
  return ASPIRATION_BEFORE_RE.test(text.slice(Math.max(0, start - 3), start));
}

/** Every zone named in the text, in order; the tail of a zone already read (…示范区晋中开发区) is not another zone. */
export function scanZones(ctx: ExtractContext): ZoneHit[] {
  const { text } = ctx;
  const found: ZoneHit[] = [];
  let lastEnd = 0;
  for (const m of matchesOf(KIND_RE, text)) {
    const suffix = m.groups!.suffix;
    if (m.index < lastEnd) continue;
    const zone = zoneAt(text, m.index, m.index + suffix.length, KIND_OF.get(suffix)!);
    if (!zone || isBlocked(ctx, zone.start, zone.end) || aspired(text, zone.start)) continue;
    lastEnd = zone.end;
    const mention = text.slice(zone.start, zone.end);
    const name = canonicalZoneName(mention, zone.end === m.index + suffix.length ? suffix : "");
    found.push({ name, mention, kind: zone.kind, start: zone.start, end: zone.end });
  }
  return found;
}
