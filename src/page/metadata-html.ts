// Metadata that HTML states for machines: <meta> tags, JSON-LD, <time datetime>.
// Within each field the order is: meta tags → JSON-LD → <time>; page.ts falls back to text after these.
import { warning, type Warning } from "../schema/index.js";
import type { TagAttrs } from "./html-tree.js";
import { parseMachineDate } from "./metadata-dates.js";

export interface StructuredMeta {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  reporters: string[];
  editors: string[];
}

/** meta keys (name, property or itemprop, lower-cased), most specific first */
const TITLE_KEYS = ["og:title", "twitter:title", "articletitle", "title", "headline"];
const DATE_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "og:release_date",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish_date",
  "publication_date",
  "firstpublishedtime",
  "dc.date.issued",
  "dc.date",
  "date",
];
const OUTLET_KEYS = ["source", "contentsource", "article:source", "og:source"];
const EDITOR_KEYS = ["editor", "article:editor"];
/** a person's name as bylines give it: 2–4 Han characters, no outlet word in it */
const PERSON = /^[\p{Script=Han}·]{2,4}$/u;
const OUTLET_WORD = /[报報网網台社刊视視闻聞号號厅廳局委府区區市省县縣部办辦会會院站]/u;
const NAME_LIST = /[\s,，、;；/]+/u;
const ARTICLE_TYPES = /Article|BlogPosting|Report/;
/** "headline_晋东新闻网" / "headline - 晋东日报客户端": a trailing part naming the site */
// a run of spaces is tried from its first character only: the leftmost match starts there anyway (linear)
export const SITE_SUFFIX =
  /(?<!\s)\s*(?:[_|丨]|\s[-–—]\s)\s*[^_|丨\-–—]{0,20}(?:网|網|报|報|台|频道|頻道|客户端|客戶端|新闻|新聞|官网|官網|政府)\s*$/u;

type Json = Record<string, unknown>;

export function readStructuredMeta(
  meta: Map<string, string>,
  jsonLdScripts: string[],
  timeValue: string | null,
): { meta: StructuredMeta; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const ld = jsonLdScripts.map((s) => parseJsonLd(s, warnings)).find((x) => x !== null) ?? null;
  const first = (keys: string[]) => firstOf(meta, keys);
  const metaDate = first(DATE_KEYS);
  const editors = first(EDITOR_KEYS);
  const publishedAt =
    (metaDate === null ? null : parseMachineDate(metaDate)) ??
    (typeof ld?.datePublished === "string" ? parseMachineDate(ld.datePublished) : null) ??
    (timeValue === null ? null : parseMachineDate(timeValue));
  return {
    meta: {
      title: withoutSiteName(first(TITLE_KEYS) ?? stringOf(ld?.headline)),
      publishedAt,
      outlet: first(OUTLET_KEYS) ?? nameOf(ld?.sourceOrganization),
      reporters: peopleOf(ld?.author),
      editors: editors === null ? [] : editors.split(NAME_LIST).filter(isPerson), // most pages have none: no split
    },
    warnings,
  };
}

/** the value of the first of `keys` that `meta` has (a loop: this runs once per page, mostly before V8 optimizes it) */
function firstOf(meta: Map<string, string>, keys: string[]): string | null {
  for (let i = 0; i < keys.length; i++) {
    const value = meta.get(keys[i]);
    if (value !== undefined) return value;
  }
  return null;
}

/** the first article-like object in a JSON-LD script (plain, array or @graph) */
function parseJsonLd(script: string, warnings: Warning[]): Json | null {
  let data: unknown;
  try {
    data = JSON.parse(script);
  } catch {
    warnings.push(warning("jsonld-unparseable", "a JSON-LD script is not valid JSON; its metadata was ignored"));
    return null;
  }
  const items = (Array.isArray(data) ? data : [data]).flatMap((d: unknown) =>
    isObject(d) && Array.isArray(d["@graph"]) ? (d["@graph"] as unknown[]) : [d],
  );
  const objects = items.filter(isObject);
  return objects.find((o) => ARTICLE_TYPES.test(String(o["@type"] ?? ""))) ?? objects[0] ?? null;
}

function withoutSiteName(title: string | null): string | null {
  if (title === null) return null;
  const cut = title.replace(SITE_SUFFIX, "");
  return cut.length >= 4 ? cut : title;
}

function isObject(x: unknown): x is Json {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function stringOf(x: unknown): string | null {
  return typeof x === "string" && x.trim() !== "" ? x.trim() : null;
}

function nameOf(x: unknown): string | null {
  return isObject(x) ? stringOf(x.name) : stringOf(x);
}

/** JSON-LD authors that are people: an Organization author is the site, not a reporter */
function peopleOf(x: unknown): string[] {
  const list = Array.isArray(x) ? x : x === undefined ? [] : [x];
  return list
    .filter((a) => !(isObject(a) && /Organization/.test(String(a["@type"] ?? ""))))
    .flatMap((a) => (nameOf(a) ?? "").split(NAME_LIST))
    .filter(isPerson);
}

function isPerson(name: string): boolean {
  return PERSON.test(name) && !OUTLET_WORD.test(name);
}

/** a <meta> tag's name (or property, itemprop) and content into `meta`; the first of each name wins */
export function readMetaTag(attrs: TagAttrs, meta: Map<string, string>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
  const content = attrs.content?.trim();
  if (key !== "" && content && !meta.has(key)) meta.set(key, content);
}
