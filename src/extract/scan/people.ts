// People named in the text: runs after a title chain or a leaders' group (省委副书记、省长金湘军; 省领导甲、乙),
// and unknown names that open a clause with a role verb (汤志平通报…), each with the roles the verbs after it state.
import { ROLE_VERBS } from "../../data/titles.js";
import type { Role } from "../../schema/index.js";
import { CLAUSE_START_RE, NEXT_TITLED_RE, ROLE_AFTER_ACT_RE, ROLE_TAIL_RE, RUN_ANCHOR_RE, TITLE_RE, VERB_RE } from "../patterns/people.js";
import { scanAppointments } from "./appointments.js";
import { occurrence, readName, readNameBefore, surnameLength, type Occurrence } from "./person-name.js";
export type { Occurrence } from "./person-name.js";
import { matchesOf } from "../../util/matches.js";

export interface RoleSpan {
  roles: Role[];
  start: number;
  end: number;
}

/** names that share the roles stated after them: one run, or one clause-opening name */
export interface PersonHit {
  occurrences: Occurrence[];
  roles: RoleSpan | null;
  /** a name found at a clause start with nothing to vouch for it but its role verb */
  clauseStart: boolean;
}

/** Roles stated by the verbs right after `at`, with the span that states them. */
export function rolesAt(text: string, at: number): RoleSpan | null {
  ROLE_TAIL_RE.lastIndex = at;
  ROLE_AFTER_ACT_RE.lastIndex = at;
  const m = ROLE_TAIL_RE.exec(text) ?? ROLE_AFTER_ACT_RE.exec(text);
  if (!m?.groups) return null;
  const end = m.index + m[0].length;
  const start = end - m.groups.verbs.length;
  const roles = matchesOf(VERB_RE, m.groups.verbs).map((v) => ROLE_VERBS[v[0]]);
  return { roles, start, end };
}

/** true when the verbs right after `at` state a role: when rolesAt would find one, asked by test() (no match, groups or verb
 * list made at each of the 9,528 clause starts of the bench pages, asked up to twice); a match of either pattern holds
 * at least one verb */
function statesRoles(text: string, at: number): boolean {
  ROLE_TAIL_RE.lastIndex = at;
  if (ROLE_TAIL_RE.test(text)) return true;
  ROLE_AFTER_ACT_RE.lastIndex = at;
  return ROLE_AFTER_ACT_RE.test(text);
}

/** Roles stated before a leaders' group: 出席活动的|市领导 */
function leadRoles(start: number, lead: string): RoleSpan {
  const roles = matchesOf(VERB_RE, lead).map((v) => ROLE_VERBS[v[0]]);
  return { roles, start, end: start + lead.length };
}

/** the titles of a chain, without the bodies and places between them */
function titlesOf(chain: string): string[] {
  return matchesOf(TITLE_RE, chain).map((t) => t[0]);
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
    run.push(occurrence(name, itemStart, titles));
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

// a bare list of names opens a clause: 甲、乙、丙等县领导出席
const BARE_LIST_RE = /(?:^|[\n。，,；;！!？?：:」”）)\s])(?<list>\p{Script=Han}{2,4}(?:、\p{Script=Han}{2,4})+)(?=等)/gu;

/**
 * Names in a bare 、-list closed by 等 and an attendance verb (田立新、陈光、任志强等县领导出席): every item
 * must be a whole name, else the list is of something else (太钢集团、晋能控股集团等企业代表参加).
 */
function readBareList(text: string, m: RegExpMatchArray): PersonHit | null {
  const list = m.groups?.list ?? "";
  const listStart = (m.index ?? 0) + m[0].length - list.length;
  const occurrences: Occurrence[] = [];
  let at = listStart;
  for (const item of list.split("、")) {
    // the item is closed by 、 or 等, so the name must be the whole item
    const name = readName(text, at);
    if (!name || name.end !== at + item.length) return null;
    occurrences.push(occurrence(name, at, []));
    at += item.length + 1;
  }
  const roles = rolesAt(text, listStart + list.length);
  if (!roles?.roles.includes("attend")) return null;
  return { occurrences, roles, clauseStart: false };
}

/** Titled runs first, in text order, then the names opening a clause (one a run already holds is dropped by the assembler). */
export function scanPeople(text: string): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const anchor of matchesOf(RUN_ANCHOR_RE, text)) {
    const run = readRun(text, anchor as RegExpExecArray);
    // no name after the titles: the name may stand before them (习近平总书记)
    const before = !run.length && anchor.groups?.titles ? readNameBefore(text, anchor.index) : null;
    if (before) run.push(occurrence(before, before.start, titlesOf(anchor[0]), anchor.index + anchor[0].length));
    if (!run.length) continue;
    const lead = anchor.groups?.lead;
    const roles = rolesAt(text, run[run.length - 1].end) ?? (lead ? leadRoles(anchor.index, lead) : null);
    hits.push({ occurrences: run, roles, clauseStart: false });
  }
  hits.push(...scanAppointments(text));
  // a bare list holds 、 and is closed by 等: a text without both has none
  const mayList = text.includes("等") && text.includes("、");
  for (const m of mayList ? matchesOf(BARE_LIST_RE, text) : []) {
    const hit = readBareList(text, m);
    if (hit) hits.push(hit);
  }
  for (const m of matchesOf(CLAUSE_START_RE, text)) {
    const at = m.index + m[0].length;
    if (surnameLength(text, at) === 0) continue;
    // a two-character name first: a three-character one is read only when no roles follow two
    if (!statesRoles(text, at + 2) && !statesRoles(text, at + 3)) continue;
    const name = readName(text, at, true);
    if (name) hits.push({ occurrences: [occurrence(name, at, [])], roles: rolesAt(text, name.end), clauseStart: true });
  }
  return hits;
}
