// People: one record per person with a title history. Same-name mentions are one person only when
// their careers fit together (see samePerson); otherwise the key carries a disambiguator.
import type { ExtractionDocument, MergedPerson, MergedSource } from "../schema/index.js";
import { UnionFind } from "../util/index.js";
import { groupBy } from "./group.js";
import { roundKey } from "./rounds.js";

/** Career families a title belongs to; a 董事长 and a 市委书记 with one name are two people. */
const TITLE_FAMILIES: [family: string, pattern: RegExp][] = [
  ["enterprise", /董事长|总经理|总裁|经理|董事|公司|集团|企业/u],
  ["public", /书记|省长|市长|县长|区长|常委|主任|主席|厅长|局长|部长|秘书长|人大|政协|政府|委员|管委会|干部/u],
];
// Honorary or too generic to tell careers apart: compatible with any family.
const FAMILY_NEUTRAL = /大使|代表|专家|嘉宾/u;

export function titleFamilies(titles: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of titles) {
    if (FAMILY_NEUTRAL.test(t)) continue;
    const hit = TITLE_FAMILIES.find(([, p]) => p.test(t));
    out.add(hit ? hit[0] : "other");
  }
  return out;
}

interface Sighting {
  name: string;
  titles: string[];
  roles: string[];
  families: Set<string>;
  rounds: Set<string>;
  source: MergedSource;
}

/**
 * Rule: two titled same-name sightings are one person when their title families overlap or they
 * appear at the same round. An untitled (or only honorary) sighting then joins the career it shares
 * a round with, else the only career under that name; with several careers and no shared round it
 * is kept apart (key name|untitled) rather than guessed into one.
 */
export function samePerson(a: { families: Set<string>; rounds: Set<string> }, b: { families: Set<string>; rounds: Set<string> }): boolean {
  if ([...a.families].some((f) => b.families.has(f))) return true;
  return [...a.rounds].some((k) => b.rounds.has(k));
}

export function mergePeople(docs: ExtractionDocument[], sources: MergedSource[]): MergedPerson[] {
  const byName = groupBy(
    docs.flatMap((doc, i) => {
      const rounds = new Set(doc.rounds.map(roundKey));
      return doc.people.map((p): Sighting => ({
        name: p.name,
        titles: p.titles,
        roles: p.roles,
        families: titleFamilies(p.titles),
        rounds,
        source: sources[i],
      }));
    }),
    (s) => s.name,
  );
  return [...byName].flatMap(([name, sightings]) => {
    const careers = clusterCareers(sightings.filter((s) => s.families.size > 0));
    // a round belongs to one career at most: sharing it would have joined them
    const careerOfRound = new Map<string, Sighting[]>();
    for (const c of careers) for (const o of c) for (const k of o.rounds) careerOfRound.set(k, c);
    const untitled: Sighting[] = [];
    for (const s of sightings.filter((x) => x.families.size === 0)) {
      const shared = new Set<Sighting[]>();
      for (const k of s.rounds) if (careerOfRound.has(k)) shared.add(careerOfRound.get(k)!);
      const home = shared.size === 1 ? [...shared][0] : careers.length === 1 ? careers[0] : null;
      if (home) home.push(s);
      else untitled.push(s);
    }
    const all = untitled.length ? [...careers, untitled] : careers;
    return all.map((c) => toPerson(name, c, all.length > 1));
  });
}

/**
 * Titled sightings → careers: the connected groups of samePerson, found in one pass by union-find
 * (each family and round remembers the first sighting carrying it). Careers in order of their first
 * sighting, sightings in input order.
 */
function clusterCareers(sightings: Sighting[]): Sighting[][] {
  const sets = new UnionFind(sightings.length);
  const firstWith = new Map<string, number>();
  sightings.forEach((s, i) => {
    const shared = [...[...s.families].map((f) => `family:${f}`), ...[...s.rounds].map((k) => `round:${k}`)];
    for (const key of shared) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else sets.union(i, first);
    }
  });
  return sets.groups().map((idx) => idx.map((i) => sightings[i]));
}

const dayOf = (s: MergedSource) => s.publishedAt?.slice(0, 10) ?? null;

function toPerson(name: string, sightings: Sighting[], ambiguous: boolean): MergedPerson {
  const families = [...new Set(sightings.flatMap((s) => [...s.families]))].sort();
  // sources kept as a Set while collecting: a title seen in thousands of articles stays linear
  const titles = new Map<string, { title: string; firstSeen: string | null; lastSeen: string | null; sources: Set<string> }>();
  for (const s of sightings) {
    const day = dayOf(s.source);
    for (const title of s.titles) {
      const t = titles.get(title) ?? { title, firstSeen: null, lastSeen: null, sources: new Set<string>() };
      if (day !== null && (t.firstSeen === null || day < t.firstSeen)) t.firstSeen = day;
      if (day !== null && (t.lastSeen === null || day > t.lastSeen)) t.lastSeen = day;
      t.sources.add(s.source.articleId);
      titles.set(title, t);
    }
  }
  return {
    key: ambiguous ? `${name}|${families.join("+") || "untitled"}` : name,
    name,
    titles: [...titles.values()]
      .sort((a, b) => (a.firstSeen ?? "9999").localeCompare(b.firstSeen ?? "9999"))
      .map((t) => ({ ...t, sources: [...t.sources] })),
    roles: [...new Set(sightings.flatMap((s) => s.roles))],
    sources: [...new Set(sightings.map((s) => s.source.articleId))],
  };
}
