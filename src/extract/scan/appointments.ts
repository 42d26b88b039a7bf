// People named by an appointment frame, whose titles stand AFTER the name: 任命赵振华为副省长、代理省长;
// 钱立新同志任省委副书记; 林武已出任…; 现任省委书记为蓝佛安同志; and 孙志远同志不再担任… (the person, without the title they leave).
import { placeNames } from "../../data/places.js";
import { TITLES } from "../../data/titles.js";
import { TITLE_CHAIN_AFTER, TITLE_RE } from "../patterns/people.js";
import type { PersonHit } from "./people.js";
import { occurrence, readName, readNameBefore, type NameSpan, type Occurrence } from "./person-name.js";
import { matchesFrom, matchesOf } from "../../util/matches.js";

// 任命|选举|决定 NAME 为 TITLES: the name is read forward from the verb and must end right before 为
const APPOINT_RE = /(?:任命|选举|提名)(?=\p{Script=Han})/gu;
const AS_RE = new RegExp(`(?:同志)?为(?<chain>${TITLE_CHAIN_AFTER})`, "uy");
// NAME(同志)(于9月)(已)任|出任|升任|调任|当选(为)|担任 TITLES; a body too long for the chain (全国人大常委会预算工作委员会主任)
// is read when the title closes the clause. Bare 任 stands in 主任 and 责任 too: it needs 同志, a date or 已 before it,
// or a title or a clause start before the name and the clause closed after the titles (省长甲任省委书记, ,乙任书记,)
const CLOSED = "(?=[,，。；;！!？?\\s]|$)";
const TAKES_RE = new RegExp(
  `(?<comrade>同志)?(?<when>于(?:\\d{1,4}年)?\\d{1,2}月(?:\\d{1,2}日)?)?(?<lead>已|将)?(?<!不再|再|不)(?<verb>出任|升任|调任|转任|改任|兼任|当选为|当选|担任|任)` +
    `(?:(?<chain>${TITLE_CHAIN_AFTER})|(?<long>[^,，。；;、：:“”\\s]{11,16}?${TITLE_RE.source})${CLOSED})`,
  "uy",
);
// where a TAKES_RE match can start: 同志, 于 (a date), 已, 将, or the verb; it is read sticky there only
const TAKES_FIRST_RE = /[同于已将出升调转改兼当担任]/g;
// NAME为TITLES at a clause start, the clause closed after them (,王某为代书记,): no verb vouches, the closed title does
// (the closing is checked after the match: a lookahead after the 、-chain would make a failing attempt backtrack through it)
const NAMED_AS_RE = new RegExp(`为(?<chain>${TITLE_CHAIN_AFTER})`, "gu");
const CLAUSE_OPEN_RE = /[\n。，,；;！!？?：:」”）)\s]/u;
// a character that makes bare 任 part of another word (曾任, 历任, 现任, 主任, 责任 …): no appointment
const NOT_BARE_TAKE_RE = /[曾历后前原继连现离卸主责信就留聘委]/u;
const CLAUSE_CLOSE_RE = /[,，。；;！!？?\s]/u;
const TITLE_END_RE = new RegExp(`(?:${TITLE_RE.source})$`, "u");
// NAME同志不再担任…: the person is named; the title is the one they leave, so it is not theirs
const LEAVES_RE = /同志不再担任/gu;
// 现任TITLES为NAME(同志): the holder named after the titles; the name must be closed by 同志 or punctuation
// (为|是 is checked after the match, for the reason NAMED_AS_RE's closing is)
const CURRENT_RE = new RegExp(`现任(?<chain>${TITLE_CHAIN_AFTER})`, "gu");
const CURRENT_AS_RE = /^[为是]\p{Script=Han}/u;
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

const opensClause = (text: string, at: number) => at === 0 || CLAUSE_OPEN_RE.test(text[at - 1]);

/** a clause start or a title right before `at` vouches for the name there (,乙任书记; 省长甲任省委书记) */
const vouchedBefore = (text: string, at: number) => opensClause(text, at) || TITLE_END_RE.test(text.slice(Math.max(0, at - 12), at));

const closesClause = (text: string, at: number) => at === text.length || CLAUSE_CLOSE_RE.test(text[at]);

/** bare 任 right after a vouched name, the titles closing the clause (省长甲任省委书记,) */
const bareTakeHolds = (text: string, name: NameSpan, end: number) =>
  !NOT_BARE_TAKE_RE.test(text[name.end - 1]) && vouchedBefore(text, name.start) && closesClause(text, end);

/** the name read forward from a boundary `vouch` accepts and ending right before `end` (,李长河为…), not a place */
function nameFrom(text: string, end: number, vouch: (text: string, at: number) => boolean): NameSpan | null {
  for (const length of [2, 3, 4]) {
    const at = end - length;
    if (at < 0 || !vouch(text, at)) continue;
    const name = readName(text.slice(0, end), at);
    if (name?.end === end && !placeNames().has(name.name)) return name;
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
    const prev = titles[titles.length - 1];
    // a bare post (常委, 副书记) is first a post of the body before it
    const body = prev ? [...prev].map((_, i) => prev.slice(0, i)).find((b) => b && TITLE_SET.has(b + item)) : undefined;
    const found = body
      ? [body + item]
      : matchesOf(TITLE_RE, item).map((t) => (item.startsWith("代理") && TITLE_SET.has(`代理${t[0]}`) ? `代理${t[0]}` : t[0]));
    titles.push(...found);
  }
  return titles;
}

/** Appointment frames, in text order of their kind: 任命…为, …任…, 现任…为…, …不再担任. A frame is scanned only in a text
 * holding a word every match of its pattern holds (most pages name no appointment): 任命…为 (through AS_RE) and
 * NAMED_AS_RE need 为; TAKES_RE's verbs all hold 任 but 当选; CURRENT_RE (现任) and LEAVES_RE (不再担任) hold 任. */
export function scanAppointments(text: string): PersonHit[] {
  const hits: PersonHit[] = [];
  const holdsRen = text.includes("任");
  const holdsWei = text.includes("为");
  const elected = text.includes("当选");
  if (!holdsRen && !holdsWei && !elected) return hits;
  const push = (occ: Occurrence) => hits.push({ occurrences: [occ], roles: null, clauseStart: false });
  for (const m of holdsWei ? matchesOf(APPOINT_RE, text) : []) {
    const name = nameBeforeAs(text, m.index + m[0].length);
    if (!name) continue;
    AS_RE.lastIndex = name.end;
    const as = AS_RE.exec(text);
    if (!as?.groups) continue;
    push(occurrence(name, name.start, titlesIn(as.groups.chain), as.index + as[0].length));
  }
  const takes = holdsRen || elected ? matchesFrom(TAKES_FIRST_RE, TAKES_RE, text) : [];
  for (const m of takes) {
    const g = m.groups;
    if (!g) continue;
    const name = g.comrade ? nameBeforeComrade(text, m.index) : (nameFrom(text, m.index, vouchedBefore) ?? readNameBefore(text, m.index));
    if (!name) continue;
    const end = m.index + m[0].length;
    if (g.verb === "任" && !g.comrade && !g.when && !g.lead && !bareTakeHolds(text, name, end)) continue;
    // 省长甲任省委书记: the title before the name is the person's too
    const held = TITLE_END_RE.exec(text.slice(Math.max(0, name.start - 12), name.start))?.[0] ?? "";
    push(occurrence(name, name.start - held.length, [...(held ? [held] : []), ...titlesIn(g.chain ?? g.long)], end));
  }
  for (const m of holdsWei ? matchesOf(NAMED_AS_RE, text) : []) {
    if (!closesClause(text, m.index + m[0].length)) continue;
    const name = nameFrom(text, m.index, opensClause);
    if (name) push(occurrence(name, name.start, titlesIn(m.groups!.chain), m.index + m[0].length));
  }
  for (const m of holdsRen ? matchesOf(CURRENT_RE, text) : []) {
    const end = m.index + m[0].length;
    const name = CURRENT_AS_RE.test(text.slice(end, end + 2)) ? nameAfterAs(text, end + 1) : null;
    if (name) push(occurrence(name, m.index, titlesIn(m.groups!.chain)));
  }
  for (const m of holdsRen ? matchesOf(LEAVES_RE, text) : []) {
    const name = nameBeforeComrade(text, m.index);
    if (name) push(occurrence(name, name.start, []));
  }
  return hits;
}
