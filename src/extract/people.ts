// People: title + name (省委副书记、省长金湘军), lists sharing a title or a leaders' group (省领导甲、乙),
// unknown names that open a clause with a role verb (汤志平通报…), and every later mention of a
// known name (蓝佛安代表省委…). Roles come from the verbs right after a name or a list.
import type { Evidence, PersonMention, Role, Warning } from "../schema/index.js";
import { LEADER_GROUPS, ROLE_VERBS, TITLES } from "../data/titles.js";
import { isBlocked, type ExtractContext } from "./context.js";
import { isByline, readName, readNameBefore, surnameLength, type NameSpan } from "./person-name.js";

const EXTRACTOR = "people";
const TITLE = `(?:${TITLES.join("|")})`;
// titles joined by 、, each later one may carry its own body or place: 省委常委、太原市委书记
const TITLE_CHAIN = `${TITLE}(?:、[^,，。；;、：:“”\\s]{0,6}?${TITLE})*`;
const TITLE_RE = new RegExp(TITLE, "gu");

// the next item of a run after a comma: an optional organisation (山西建设投资集团) and its titles
const NEXT_TITLED_RE = new RegExp(`(?<org>[^,，。；;、：:“”\\s]{0,12}?)(?<titles>${TITLE_CHAIN})`, "uy");
const VERB = Object.keys(ROLE_VERBS).join("|");
// an anchor: a leaders' group or a chain of titles, where a run of people begins; a group may say
// what it did before it (出席活动的市领导还有甲、乙)
const ANCHOR_RE = new RegExp(
  `(?:(?<lead>(?:${VERB})了?(?:活动|会议|仪式)?的)?(?<group>${LEADER_GROUPS.join("|")})(?:还有|有|包括)?[:：]?)|(?<titles>${TITLE_CHAIN})`,
  "gu",
);
// after a name or list: 等…, 以及<others> and 在<place> may stand before the verbs; 出席活动并讲话 is two verbs
const roleTail = (act: string) =>
  new RegExp(
    `(?:等[^,，。；;、\\s]{0,8}?)?(?:[,，]?(?:以及|和|及|与)[^,，。；;\\s]{1,16}?)?(?:在(?:(?!听取|观看|观摩|见证)[^,，。；;]){0,20}?)?(?:分别|先后|共同|一同|也|还)?${act}` +
      `(?<verbs>(?:${VERB})(?:(?:了)?(?:活动|会议|仪式)?(?:并|、|时|中)?(?:${VERB}))*)`,
    "uy",
  );
const ROLE_TAIL_RE = roleTail("");
// when no role verb comes first, another act may (宣布活动开始并讲话, 听取汇报并讲话)
const ROLE_AFTER_ACT_RE = roleTail("[^,，。；;、\\s]{1,8}?并");
const VERB_RE = new RegExp(VERB, "gu");
// where a clause opens: an unknown name may stand here if a role verb follows it
const CLAUSE_START_RE = /(?:^|[\n。，,；;！!？?：:」”）)\s])(?=\p{Script=Han})/gu;

interface Occurrence extends NameSpan {
  itemStart: number;
  titles: string[];
}

interface Person {
  titles: Set<string>;
  roles: Set<Role>;
  evidence: Evidence[];
}

function evidence(text: string, start: number, end: number, field: string): Evidence {
  return { field, start, end, quote: text.slice(start, end), stated: true, extractor: EXTRACTOR };
}

/** Roles stated by the verbs right after `at`, with the span that states them. */
function rolesAt(text: string, at: number): { roles: Role[]; start: number; end: number } | null {
  ROLE_TAIL_RE.lastIndex = at;
  ROLE_AFTER_ACT_RE.lastIndex = at;
  const m = ROLE_TAIL_RE.exec(text) ?? ROLE_AFTER_ACT_RE.exec(text);
  if (!m?.groups) return null;
  const end = m.index + m[0].length;
  const start = end - m.groups.verbs.length;
  const roles = [...m.groups.verbs.matchAll(VERB_RE)].map((v) => ROLE_VERBS[v[0]]);
  return { roles, start, end };
}

/** Roles stated before a leaders' group: 出席活动的|市领导 */
function leadRoles(text: string, start: number, lead: string): NonNullable<ReturnType<typeof rolesAt>> {
  const roles = [...lead.matchAll(VERB_RE)].map((v) => ROLE_VERBS[v[0]]);
  return { roles, start, end: start + lead.length };
}

/** the titles of a chain, without the bodies and places between them */
function titlesOf(chain: string): string[] {
  return [...chain.matchAll(TITLE_RE)].map((t) => t[0]);
}

/** A run of people from an anchor: 省委常委、市委书记甲,市委副书记、市长乙,某集团董事长丙 */
function readRun(text: string, anchor: RegExpExecArray): Occurrence[] {
  const run: Occurrence[] = [];
  let titles = titlesOf(anchor.groups?.titles ?? "");
  let itemStart = anchor.index;
  let pos = anchor.index + anchor[0].length;
  for (;;) {
    const name = readName(text, pos);
    if (!name) break;
    run.push({ ...name, itemStart, titles });
    pos = name.end;
    const sep = text[pos];
    if (sep !== "、" && sep !== "," && sep !== "，") break;
    NEXT_TITLED_RE.lastIndex = pos + 1;
    const next = NEXT_TITLED_RE.exec(text);
    if (next?.groups && surnameLength(text, next.index + next[0].length) > 0) {
      titles = titlesOf(next.groups.titles);
      itemStart = next.index + next.groups.org.length;
      pos = next.index + next[0].length;
    } else if (sep === "、") {
      // 招商大使甲、乙: a list after 、 shares the title before it
      itemStart = pos + 1;
      pos += 1;
    } else break;
  }
  return run;
}

export function extractPeople(ctx: ExtractContext, warnings: Warning[]): PersonMention[] {
  void warnings;
  const { text } = ctx;
  const people = new Map<string, Person>();
  const taken: NameSpan[] = [];
  const note = (occ: Occurrence, roles: ReturnType<typeof rolesAt>) => {
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

  for (const anchor of text.matchAll(ANCHOR_RE)) {
    const run = readRun(text, anchor as RegExpExecArray);
    // no name after the titles: the name may stand before them (习近平总书记)
    const before = !run.length && anchor.groups?.titles ? readNameBefore(text, anchor.index) : null;
    if (before) run.push({ ...before, itemStart: before.start, end: anchor.index + anchor[0].length, titles: titlesOf(anchor[0]) });
    const lead = anchor.groups?.lead;
    const roles = !run.length ? null : (rolesAt(text, run[run.length - 1].end) ?? (lead ? leadRoles(text, anchor.index, lead) : null));
    for (const occ of run) note(occ, roles);
  }
  for (const m of text.matchAll(CLAUSE_START_RE)) {
    const at = m.index + m[0].length;
    if (surnameLength(text, at) === 0 || taken.some((t) => t.start === at)) continue;
    const tail = [2, 3].map((n) => rolesAt(text, at + n)).find((r) => r && r.roles.length);
    if (!tail) continue;
    const name = readName(text, at, true);
    if (name) note({ ...name, itemStart: at, titles: [] }, rolesAt(text, name.end));
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
