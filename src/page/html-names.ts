// Tag and attribute names read straight from the page. A tag name becomes one shared `Tag` per name: its
// lower-cased name, its tree role and its scoring kind, found once, so a recurring tag costs one numeric
// Map lookup and no slice (a page opens hundreds of tags with a dozen names).
import { kindOf, type TagKind } from "./html-tags.js";
import { roleOf, type TreeRole } from "./html-tree-rules.js";

/** a tag name with its tree role's and scoring kind's fields on it: one load each on the hot path */
export interface Tag extends TagKind, Omit<TreeRole, "impliesClose"> {
  /** lower-cased */
  name: string;
  /** script, style, title, textarea, xmp: their content is raw text up to their end tag */
  rawText: boolean;
  /** how many elements of this name the scan numbered `scan` has open (kept by the tree builder) */
  open: number;
  scan: number;
  /** false for a name past the caches' bound: its `open` count is not kept, the stack is searched */
  shared: boolean;
  /** keyOf the name (-1 for a long one): the slot in the recent-tags table */
  key: number;
}

const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);
function makeTag(name: string, shared: boolean, key: number): Tag {
  const { block, paragraph, skip, furniture, hinted, watched } = kindOf(name);
  const { closesMask, closeBit, isVoid, foreign } = roleOf(name);
  return {
    name,
    block,
    paragraph,
    skip,
    furniture,
    hinted,
    watched,
    closesMask,
    closeBit,
    isVoid,
    foreign,
    rawText: RAW_TEXT.has(name),
    open: 0,
    scan: -1,
    shared,
    key,
  };
}

/** names of up to 10 letters/digits, keyed by their base-37 value (below 2^53); longer ones by the name */
const SHORT = 10;
const byKey = new Map<number, Tag>();
const byName = new Map<string, Tag>();
const TAGS_MAX = 4096;

/** the Tag html[start..end) names, in any case */
export function tagAt(html: string, start: number, end: number): Tag {
  const key = keyOf(html, start, end);
  return key < 0 ? named(lowerSlice(html, start, end)) : keyed(key, html, start, end);
}

/** the last tags found, by the low bits of their key: a page's dozen names are one array load and a compare each */
const RECENT = 1024;
const NONE = makeTag("", false, -2);
const recent: Tag[] = Array.from({ length: RECENT }, () => NONE);

/** the Tag of html[start..end), `key` its keyStep value as the caller's scan of the name computed it */
export function tagKeyed(key: number, html: string, start: number, end: number): Tag {
  if (key < 0 || end - start > SHORT) return tagAt(html, start, end);
  const slot = key & (RECENT - 1);
  const tag = recent[slot];
  if (tag.key === key) return tag;
  return (recent[slot] = keyed(key, html, start, end));
}

/** keyOf one step further: the name's next character `c` (-1 once the name is not short letters and digits) */
export function keyStep(key: number, c: number): number {
  if (key < 0) return -1;
  const folded = c | 0x20;
  if (folded >= 97 && folded <= 122) return key * 37 + folded - 96;
  if (c >= 48 && c <= 57) return key * 37 + c - 21;
  return -1;
}

/** the Tag of a lower-cased name */
export function tagNamed(name: string): Tag {
  const key = keyOf(name, 0, name.length);
  return key < 0 ? named(name) : keyed(key, name, 0, name.length);
}

/** the base-37 value of a name of up to 10 ASCII letters and digits (case folded), else -1 */
function keyOf(html: string, start: number, end: number): number {
  if (end - start > SHORT) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    const folded = c >= 65 && c <= 90 ? c + 32 : c;
    if (folded >= 97 && folded <= 122) key = key * 37 + folded - 96;
    else if (c >= 48 && c <= 57)
      key = key * 37 + c - 21; // 27..36
    else return -1;
  }
  return key;
}

function keyed(key: number, html: string, start: number, end: number): Tag {
  let tag = byKey.get(key);
  if (tag === undefined) {
    const shared = byKey.size < TAGS_MAX;
    tag = makeTag(html.slice(start, end).toLowerCase(), shared, key);
    if (shared) byKey.set(key, tag);
  }
  return tag;
}

function named(name: string): Tag {
  let tag = byName.get(name);
  if (tag === undefined) {
    const shared = byName.size < TAGS_MAX;
    tag = makeTag(name, shared, -1);
    if (shared) byName.set(name, tag);
  }
  return tag;
}

/** html[start..end) lower-cased; almost all names are already lower case, and then no copy is made */
export function lowerSlice(html: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if (c >= 65 && c <= 90) return html.slice(start, end).toLowerCase();
  }
  return html.slice(start, end);
}

/** the attributes the page reader keeps */
export const KEPT_ATTRS = ["class", "id", "type", "datetime", "property", "name", "itemprop", "content"] as const;
/** a run of attributes the reader does not keep (href, src, style, title…), each after a space and quoted:
 *  passed in one native match by the fast scanner. HTML's five spaces; names end where the scanner ends them
 *  (space, '/', '>', '='); /i without /u folds ASCII only, as keptAttrAt does */
export const OTHER_ATTRS = new RegExp(
  `(?:[ \\n\\t\\f\\r]+(?!(?:${KEPT_ATTRS.join("|")})[ \\n\\t\\f\\r/>=])[^ \\n\\t\\f\\r/>][^ \\n\\t\\f\\r/>=]*[ \\n\\t\\f\\r]*=[ \\n\\t\\f\\r]*(?:"[^"]*"|'[^']*'))*`,
  "iy",
);
/** the kept names by length: most attributes (href, style, src…) fail on length */
const KEPT_BY_LENGTH: string[][] = [];
for (const name of KEPT_ATTRS) (KEPT_BY_LENGTH[name.length] ??= []).push(name);

/** the kept attribute name html[start..end) spells in any case, or "" */
export function keptAttrAt(html: string, start: number, end: number): string {
  const names = KEPT_BY_LENGTH[end - start];
  if (names === undefined) return "";
  next: for (const name of names) {
    for (let i = 0; i < name.length; i++) {
      const c = html.charCodeAt(start + i);
      // ASCII folding is toLowerCase here: no kept name has a k (U+212A KELVIN SIGN lower-cases to k)
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(i)) continue next;
    }
    return name;
  }
  return "";
}
