// People of the article: each name once, with every title and role the person hits state, then every later
// mention of a known name (蓝佛安代表省委…) with the roles after it.
import type { Evidence, PersonMention, Role } from "../../schema/index.js";
import { isBlocked, type ExtractContext } from "../context.js";
import type { ArticleHits } from "../hits.js";
import { isByline, occurrence, type NameSpan } from "../scan/person-name.js";
import { rolesAt, type Occurrence, type RoleSpan } from "../scan/people.js";

interface Person {
  titles: Set<string>;
  roles: Set<Role>;
  evidence: Evidence[];
}

function evidence(text: string, start: number, end: number, field: string): Evidence {
  return { field, start, end, quote: text.slice(start, end), stated: true, extractor: "people" };
}

/** work done, for the test that proves it linear: text offsets read to find mentions, and name offsets probed */
export const peopleWork = { reads: 0, probes: 0 };

/** names up to which each is searched for on its own: an article names two on average */
const SEARCHED_ONE_BY_ONE = 8;

/** Every occurrence of every name (overlapping ones too), ordered by the name's place in `names`, then by offset. */
function mentionsOf(text: string, names: string[]): { name: string; at: number }[] {
  // a few names: one native search each, in the order asked for, instead of a loop over every offset (interpreted
  // code for most of a batch); many names: the one loop, so the work stays proportional to the text
  if (names.length <= SEARCHED_ONE_BY_ONE) return searchedOneByOne(text, names);
  const rank = new Map(names.map((n, i) => [n, i]));
  const lengths = [...new Set(names.map((n) => n.length))];
  // a name is looked up only where its first character stands: most offsets hold none
  const firsts = new Set(names.map((n) => n.charCodeAt(0)));
  const found: { name: string; at: number; rank: number }[] = [];
  for (let at = 0; names.length && at < text.length; at++) {
    if (!firsts.has(text.charCodeAt(at))) continue;
    for (const length of lengths) {
      if (at + length > text.length) continue;
      peopleWork.reads++;
      const r = rank.get(text.slice(at, at + length));
      if (r !== undefined) found.push({ name: names[r], at, rank: r });
    }
  }
  return found.sort((a, b) => a.rank - b.rank || a.at - b.at);
}

function searchedOneByOne(text: string, names: string[]): { name: string; at: number }[] {
  const found: { name: string; at: number }[] = [];
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      peopleWork.reads++;
      found.push({ name, at });
    }
  return found;
}

/** a bare 书记 said beside a secretary's full title is that post (省委书记林武 … 林武书记); beside 副书记 it is another */
const fullest = (titles: string[]) =>
  titles.filter((t) => t !== "书记" || !titles.some((o) => o !== t && o.endsWith(t) && !o.endsWith(`副${t}`)));

/** The people noted so far, and the offsets their names cover: an overlap check reads the few offsets of one name.
 * One object literal and plain functions, not closures or a class instance per article: those were compiled into
 * their callers and dropped with their article, and the callers' optimized code with them. */
interface PeopleBook {
  ctx: ExtractContext;
  people: Map<string, Person>;
  /** where each noted name starts */
  takenStarts: Map<number, string>;
  covered: Uint8Array;
}

function note(book: PeopleBook, occ: Occurrence, roles: RoleSpan | null): void {
  const { ctx } = book;
  if (isBlocked(ctx, occ.itemStart, occ.end)) return;
  if (overlaps(book, occ)) return retitle(book, occ);
  book.covered.fill(1, occ.start, occ.end);
  book.takenStarts.set(occ.start, occ.name);
  const person = book.people.get(occ.name) ?? { titles: new Set<string>(), roles: new Set<Role>(), evidence: [] };
  book.people.set(occ.name, person);
  occ.titles.forEach((t) => person.titles.add(t));
  person.evidence.push(evidence(ctx.text, occ.itemStart, occ.end, occ.titles.length ? "titles" : "name"));
  if (!roles || isBlocked(ctx, roles.start, roles.end)) return;
  roles.roles.forEach((r) => person.roles.add(r));
  person.evidence.push(evidence(ctx.text, roles.start, roles.end, "roles"));
}

function overlaps(book: PeopleBook, span: NameSpan): boolean {
  peopleWork.probes += span.end - span.start;
  return book.covered.subarray(span.start, span.end).includes(1);
}

/** the same name read again by another frame (省长甲任省委书记: a run, then an appointment) adds its titles */
function retitle(book: PeopleBook, occ: Occurrence): void {
  const person = book.takenStarts.get(occ.start) === occ.name ? book.people.get(occ.name) : undefined;
  const fresh = occ.titles.filter((t) => !person?.titles.has(t));
  if (!person || !fresh.length) return;
  fresh.forEach((t) => person.titles.add(t));
  person.evidence.push(evidence(book.ctx.text, occ.itemStart, occ.end, "titles"));
}

export function assemblePeople(ctx: ExtractContext, hits: Pick<ArticleHits, "people">): PersonMention[] {
  const { text } = ctx;
  // no name found by any frame: no later mention either (mentions are of names found), so nothing to build
  if (hits.people.length === 0) return [];
  const book: PeopleBook = { ctx, people: new Map(), takenStarts: new Map(), covered: new Uint8Array(text.length) };
  for (const hit of hits.people) {
    // a clause-opening name where a titled run already named someone is that run's
    if (hit.clauseStart && book.takenStarts.has(hit.occurrences[0].start)) continue;
    for (const occ of hit.occurrences) note(book, occ, hit.roles);
  }
  // every later mention, in the order of the names then of the text, found in one pass over the text
  for (const { name, at } of mentionsOf(text, [...book.people.keys()])) {
    if (isByline(text, at)) continue;
    const end = at + name.length;
    note(book, occurrence({ name, start: at, end }, at, []), rolesAt(text, end));
  }
  // read from the map itself, not from a spread of it: no intermediate array, whose kind differed with no people
  const mentions: PersonMention[] = [];
  for (const [name, p] of book.people)
    mentions.push({ name, titles: fullest([...p.titles]), roles: [...p.roles], evidence: p.evidence.sort((a, b) => a.start - b.start) });
  return mentions.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
}
