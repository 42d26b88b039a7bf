// Tag and attribute names read straight from the page: lower-cased, and the same string object every
// time a tag recurs, so no slice is made per tag and Set/Map lookups reuse the string's cached hash.

/** the attributes the page reader keeps, by length: most attributes (href, style, src…) fail on length */
const KEPT_BY_LENGTH: string[][] = [];
for (const name of ["class", "id", "type", "datetime", "property", "name", "itemprop", "content"])
  (KEPT_BY_LENGTH[name.length] ??= []).push(name);

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

/** names of up to 5 letters/digits, keyed by their base-37 value (a small integer) */
const SHORT = 5;
const tagNames = new Map<number, string>();
const TAG_NAMES_MAX = 4096;

/** html[start..end) lower-cased, as one shared string per short name */
export function tagNameAt(html: string, start: number, end: number): string {
  if (end - start > SHORT) return lowerSlice(html, start, end);
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    const folded = c >= 65 && c <= 90 ? c + 32 : c;
    if (folded >= 97 && folded <= 122) key = key * 37 + folded - 96;
    else if (c >= 48 && c <= 57)
      key = key * 37 + c - 21; // 27..36
    else return lowerSlice(html, start, end);
  }
  let name = tagNames.get(key);
  if (name === undefined) {
    name = html.slice(start, end).toLowerCase();
    if (tagNames.size < TAG_NAMES_MAX) tagNames.set(key, name);
  }
  return name;
}

/** html[start..end) lower-cased; almost all names are already lower case, and then no copy is made */
export function lowerSlice(html: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if (c >= 65 && c <= 90) return html.slice(start, end).toLowerCase();
  }
  return html.slice(start, end);
}
