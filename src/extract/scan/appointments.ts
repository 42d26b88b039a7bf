// People named by an appointment frame, whose titles stand AFTER the name: 任命赵振华为副省长、代理省长;
// 钱立新同志任省委副书记; 林武已出任…; 现任省委书记为蓝佛安同志; and 孙志远同志不再担任… (the person, without the title they leave).
import { TITLES } from "../../data/titles.js";
import { TITLE_CHAIN_AFTER, TITLE_RE } from "../patterns/people.js";
import type { Occurrence, PersonHit } from "./people.js";
import { readName, readNameBefore, type NameSpan } from "./person-name.js";

// 任命|选举|决定 NAME 为 TITLES: the name is read forward from the verb and must end right before 为
const APPOINT_RE = /(?:任命|选举|提名)(?=\p{Script=Han})/gu;
const AS_RE = new RegExp(`(?:同志)?为(?<chain>${TITLE_CHAIN_AFTER})`, "uy");
// NAME(同志)(已)任|出任|升任|调任|当选(为)|担任 TITLES; bare 任 only after 同志 or 已 (主任, 责任 hold 任 too)
const TAKES_RE = new RegExp(
  `(?<lead>同志(?:已|将)?|已|将)?(?<!不再|再|不)(?<verb>出任|升任|调任|当选为|当选|担任|任)(?<chain>${TITLE_CHAIN_AFTER})`,
  "gu",
);
// NAME同志不再担任…: the person is named; the title is the one they leave, so it is not theirs
const LEAVES_RE = /同志不再担任/gu;
// 现任TITLES为NAME(同志): the holder named after the titles; the name must be closed by 同志 or punctuation
const CURRENT_RE = new RegExp(`现任(?<chain>${TITLE_CHAIN_AFTER})(?:为|是)(?=\\p{Script=Han})`, "gu");
const NAME_CLOSED_RE = /^(?:同志|[,，。；;、\s]|$)/u;

/** the name right before 同志: the word vouches for a person, so the lexicons' reading is enough (钱立新同志) */
function nameBeforeComrade(text: string, end: number): NameSpan | null {
  for (const length of [4, 3, 2]) {
    const name = end - length >= 0 ? readName(text, end - length) : null;
    if (name?.end === end) return name;
  }
  return null;
}

/** the name right after 现任…为, closed by 同志 or punctuation, shortest first */
function nameAfterAs(text: string, at: number): NameSpan | null {
  for (const length of [2, 3, 4]) {
    const end = at + length;
    if (!NAME_CLOSED_RE.test(text.slice(end, end + 2))) continue;
    const name = readName(text.slice(0, end), at);
    if (name?.end === end) return name;
  }
  return null;
}

/** the name between 任命 and 为, shortest first: 任命林武为… is 林武, never 林武为 (a cut the segmenter may like) */
function nameBeforeAs(text: string, at: number): NameSpan | null {
  for (const length of [2, 3, 4]) {
    const end = at + length;
    if (text[end] !== "为" && !text.startsWith("同志为", end)) continue;
    const name = readName(text.slice(0, end), at);
    if (name?.end === end) return name;
  }
  return null;
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLES);

/**
 * The titles of an appointment chain: 代理 before a body makes the acting head (代理山西省人民政府省长 → 代理省长);
 * a bare post takes the body of the title before it (省委委员、常委 → 省委常委).
 */
function titlesIn(chain: string): string[] {
  const titles: string[] = [];
  for (const item of chain.split("、")) {
    const found = [...item.matchAll(TITLE_RE)].map((t) => (item.startsWith("代理") && TITLE_SET.has(`代理${t[0]}`) ? `代理${t[0]}` : t[0]));
    const prev = titles[titles.length - 1];
    if (!found.length && prev) {
      const body = [...prev].map((_, i) => prev.slice(0, i)).find((b) => b && TITLE_SET.has(b + item));
      if (body) found.push(body + item);
    }
    titles.push(...found);
  }
  return titles;
}

/** Appointment frames, in text order of their kind: 任命…为, …任…, 现任…为…, …不再担任 */
export function scanAppointments(text: string): PersonHit[] {
  const hits: PersonHit[] = [];
  const push = (occ: Occurrence) => hits.push({ occurrences: [occ], roles: null, clauseStart: false });
  for (const m of text.matchAll(APPOINT_RE)) {
    const name = nameBeforeAs(text, m.index + m[0].length);
    if (!name) continue;
    AS_RE.lastIndex = name.end;
    const as = AS_RE.exec(text);
    if (!as?.groups) continue;
    push({ ...name, end: as.index + as[0].length, itemStart: name.start, titles: titlesIn(as.groups.chain) });
  }
  for (const m of text.matchAll(TAKES_RE)) {
    if (!m.groups) continue;
    if (m.groups.verb === "任" && !m.groups.lead) continue;
    const name = m.groups.lead?.startsWith("同志") ? nameBeforeComrade(text, m.index) : readNameBefore(text, m.index);
    if (!name) continue;
    push({ ...name, end: m.index + m[0].length, itemStart: name.start, titles: titlesIn(m.groups.chain) });
  }
  for (const m of text.matchAll(CURRENT_RE)) {
    const name = m.groups ? nameAfterAs(text, m.index + m[0].length) : null;
    if (name) push({ ...name, itemStart: m.index, titles: titlesIn(m.groups!.chain) });
  }
  for (const m of text.matchAll(LEAVES_RE)) {
    const name = nameBeforeComrade(text, m.index);
    if (name) push({ ...name, itemStart: name.start, titles: [] });
  }
  return hits;
}
