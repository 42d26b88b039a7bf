// A claim naming several scopes, each with its own figures: "全省签约321个项目，其中太原市签约34个",
// "太原签约34个项目，晋中签约29个项目", "太原市、晋中市分别签约34个、29个项目". Each figure takes the scope written last
// before it; a list of scopes (太原市、晋中市) gives its figures out in order with 分别, and is no one scope without it.
import type { ClaimFigure } from "./figures.js";
import { namedScope, provinceNamed, type ClaimScope, type ScopeFound } from "./scope.js";

/** scopes written side by side (太原市、晋中市): one list */
const LIST_GAP_RE = /^\s*(?:(?:、|和|与|及|以及)\s*)?$/u; // one space run at a time (two side by side: ReDoS)
const RESPECTIVELY_RE = /分别/u;
const MAX_SCOPES = 8;
/** 大同市在全省第一次三个一批活动中签约…: 全省 (开发区) right before the round's name (blanked) names the campaign, not a scope */
const ROUND_QUALIFIER_RE = /^(?:开发区)?\s{2}/u;

const blank = (s: string, f: ScopeFound) => s.slice(0, f.start) + " ".repeat(f.end - f.start) + s.slice(f.end);
const nameOf = (f: ScopeFound) => (f.scope.resolved ? f.scope.scope.name : f.scope.written);

/** Every scope written in `text` (year, round and venue blanked), in order: zones, cities and counties, then the province. */
function scopeMentions(text: string): ScopeFound[] {
  const out: ScopeFound[] = [];
  let rest = text;
  for (let f = namedScope(rest); f && out.length < MAX_SCOPES; f = namedScope(rest)) {
    out.push(f);
    rest = blank(rest, f);
  }
  for (let f = provinceNamed(rest); f && out.length < MAX_SCOPES; f = provinceNamed(rest)) {
    if (!ROUND_QUALIFIER_RE.test(rest.slice(f.end))) out.push(f);
    rest = blank(rest, f);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Sets `scope` on each figure when the claim names two or more scopes, and returns true; false (figures untouched) when
 * it names at most one, so the claim's one scope applies. A figure before every scope written keeps the claim's scope.
 */
export function assignFigureScopes(text: string, figures: ClaimFigure[]): boolean {
  const mentions = scopeMentions(text);
  // figures before every scope written are the claim's scope's (全省 or none: the province) — one scope more
  const before = mentions.length > 0 && figures.some((f) => f.start < mentions[0].start) ? 1 : 0;
  if (new Set(mentions.map(nameOf)).size + before < 2) return false;
  const lists: ScopeFound[][] = [];
  for (const m of mentions) {
    const last = lists.at(-1);
    if (last && LIST_GAP_RE.test(text.slice(last.at(-1)!.end, m.start))) last.push(m);
    else lists.push([m]);
  }
  lists.forEach((list, i) => {
    const next = lists[i + 1]?.[0].start ?? Infinity;
    const own = figures.filter((f) => f.start >= list.at(-1)!.end && f.start < next);
    if (list.length === 1) return own.forEach((f) => (f.scope = list[0].scope));
    const first = own[0]?.start ?? next;
    const byField = new Map<string, ClaimFigure[]>();
    for (const f of own) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
    const respectively =
      RESPECTIVELY_RE.test(text.slice(list.at(-1)!.end, first)) && [...byField.values()].every((fs) => fs.length === list.length);
    if (respectively) for (const fs of byField.values()) fs.forEach((f, k) => (f.scope = list[k].scope));
    else for (const f of own) f.scope = severalScopes(list);
  });
  return true;
}

function severalScopes(list: ScopeFound[]): ClaimScope {
  const written = list.map(nameOf).join("、");
  return { resolved: false, written, reason: `"${written}" names ${list.length} scopes together: check one at a time` };
}
