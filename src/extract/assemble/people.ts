// People of the article: each name once, with every title and role the person hits state, then every later
// mention of a known name (蓝佛安代表省委…) with the roles after it.
import type { Evidence, PersonMention, Role } from "../../schema/index.js";
import { isBlocked, type ExtractContext } from "../context.js";
import type { ArticleHits } from "../hits.js";
import { isByline, type NameSpan } from "../scan/person-name.js";
import { rolesAt, type Occurrence, type RoleSpan } from "../scan/people.js";

interface Person {
  titles: Set<string>;
  roles: Set<Role>;
  evidence: Evidence[];
}

function evidence(text: string, start: number, end: number, field: string): Evidence {
  return { field, start, end, quote: text.slice(start, end), stated: true, extractor: "people" };
}

export function assemblePeople(ctx: ExtractContext, hits: Pick<ArticleHits, "people">): PersonMention[] {
  const { text } = ctx;
  const people = new Map<string, Person>();
  const taken: NameSpan[] = [];
  const note = (occ: Occurrence, roles: RoleSpan | null) => {
    if (isBlocked(ctx, occ.itemStart, occ.end) || taken.some((t) => t.start < occ.end && occ.start < t.end)) return;
    taken.push(occ);
    const person = people.get(occ.name) ?? { titles: new Set(), roles: new Set(), evidence: [] };
    people.set(occ.name, person);
    occ.titles.forEach((t) => person.titles.add(t));
    person.evidence.push(evidence(text, occ.itemStart, occ.end, occ.titles.length ? "titles" : "name"));
    if (!roles || isBlocked(ctx, roles.start, roles.end)) return;
    roles.roles.forEach((r) => person.roles.add(r));
    person.evidence.push(evidence(text, roles.start, roles.end, "roles"));
  };
  for (const hit of hits.people) {
    // a clause-opening name where a titled run already named someone is that run's
    if (hit.clauseStart && taken.some((t) => t.start === hit.occurrences[0].start)) continue;
    for (const occ of hit.occurrences) note(occ, hit.roles);
  }
  for (const name of [...people.keys()]) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (isByline(text, at)) continue;
      const end = at + name.length;
      note({ name, start: at, end, itemStart: at, titles: [] }, rolesAt(text, end));
    }
  }
  return [...people.entries()]
    .map(([name, p]) => ({ name, titles: [...p.titles], roles: [...p.roles], evidence: p.evidence.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.evidence[0].start - b.evidence[0].start);
}
