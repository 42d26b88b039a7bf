// Where a city holds its part of a round, the one reader of city venues: 我市在交城经济开发区举行…项目集中开工仪式 (the
// city's round, held there), 我市分会场设在黎城经开区 / 朔州分会场设在X / 在长治经开区分会场 (the venue of the city's
// round), 活动前,吕梁市在X举行…仪式 (an event before the round: the venue of a round the city has, making none), and
// 我市“签约一批”活动在X举行 (one stage's site). None of them is the province's venue. The holder is a Shanxi city, its
// short name before 分会场, or 我市/本市 — the article's city (self-words.ts); when the article does not say which, no hit.
import { canonicalZoneName } from "../../data/zones.js";
import { isBlocked, type ExtractContext, type Span } from "../context.js";
import { MARK } from "../patterns/rounds.js";
import { CITY_NAMES, CITY_SHORT_NAMES } from "../places.js";
import { SELF_WORDS, selfLevel, selfScope } from "../self-words.js";
import type { Sentences } from "../text/sentences.js";
import { NOT_A_VENUE_RE, VENUE_NAME, sentencesWith } from "./venues.js";
import { matchesOf } from "../../util/matches.js";

export interface CityVenueHit {
  /** held: the city holds its round there; branch: its 分会场, and site: its event before the round (活动前,吕梁市在X
   * 举行…仪式), each the venue of a round it has */
  kind: "held" | "branch" | "site";
  city: string;
  /** the holder as written (我市, 朔州, 吕梁市); null when only the article says whose 分会场 it is */
  holder: Span | null;
  /** canonical name; start and end: as written */
  venue: string;
  start: number;
  end: number;
}

export interface CityVenues {
  venues: CityVenueHit[];
  /** where a city's venue or stage site starts (我市“签约一批”活动在|X举行): no venue of the province's round starts there */
  sites: number[];
}

// a city's event at a place, followed in its clause by the campaign's words (…项目集中开工仪式, “开工一批”)
const HELD = `(?:(?<heldCity>${CITY_NAMES})|(?<heldSelf>${SELF_WORDS.city}))在(?<held>${VENUE_NAME})举行(?=[^,，。;；]{0,40}?(?:一批|集中(?:签约|开工|投产)))`;
// 分会场 without a holder, or 市分会场, only after a clause break (山阴县分会场 is a county's)
const CLAUSE_START = "(?<=^|[,，;；:：\\s])";
const BRANCH_HOLDER = `(?<branchCity>${CITY_NAMES})|(?<branchShort>${CITY_SHORT_NAMES})|(?<branchSelf>${SELF_WORDS.city}|${CLAUSE_START}市)|(?<![\\p{Script=Han}])`;
const BRANCH = `(?:${BRANCH_HOLDER})分会场(?:设在|设于|位于)(?<branch>${VENUE_NAME})|在(?<branchAt>${VENUE_NAME})分会场`;
// a city's own 活动 at a place (我市“签约一批”活动在X, 我市开发区2024年第三次“三个一批”活动在X): never the province's
// venue; ends before 在 so the venue after it is read on its own (在晋源区分会场 by the alternative above)
const OWN = `${CLAUSE_START}(?:(?<ownCity>${CITY_NAMES})|(?<ownSelf>${SELF_WORDS.city}))(?<own>[^,，。;；在]{0,40}?)活动(?:于?(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午)?)?(?=在)`;
const CITY_VENUE_RE = new RegExp(`${HELD}|${BRANCH}|${OWN}`, "gu");
const CITY_VENUE_WORDS = ["举行", "分会场"] as const;
/** the venue of a city's own 三个一批 活动, read right after it */
const OWN_VENUE_RE = new RegExp(`在(?<venue>${VENUE_NAME})举行`, "uy");
/** the clause before ends in 前 (活动前, 此前): what follows happened before it */
const BEFORE_THE_ROUND_RE = /前[,，]$/u;

/** the city venues of the sentences holding 举行 or 分会场, in text order */
export function scanCityVenues(ctx: ExtractContext, sentences: Sentences): CityVenues {
  const found: CityVenues = { venues: [], sites: [] };
  for (const sentence of sentencesWith(ctx.text, sentences, CITY_VENUE_WORDS)) {
    for (const m of matchesOf(CITY_VENUE_RE, ctx.text.slice(sentence.start, sentence.end))) {
      const g = m.groups ?? {};
      const at = sentence.start + (m.index ?? 0);
      if (g.own !== undefined) {
        found.sites.push(at + m[0].length + 1);
        // a stage's site (“签约一批”活动) is no venue of the city's round either; the round's own 活动 is
        OWN_VENUE_RE.lastIndex = at + m[0].length;
        const v = g.own.includes(MARK) ? OWN_VENUE_RE.exec(ctx.text) : null;
        const hit = v && cityVenue(ctx, "held", g.ownCity ?? g.ownSelf ?? "", at, v.groups?.venue ?? "", v.index + 1);
        if (hit) found.venues.push(hit);
        continue;
      }
      const written = g.held ?? g.branch ?? g.branchAt ?? "";
      const said = g.heldCity ?? g.heldSelf ?? g.branchCity ?? g.branchShort ?? g.branchSelf;
      // 活动前,吕梁市在X举行…仪式: an event before the round makes no round of the city's, but is where its part was held
      const before = g.held !== undefined && BEFORE_THE_ROUND_RE.test(ctx.text.slice(Math.max(sentence.start, at - 2), at));
      const kind = g.held === undefined ? "branch" : before ? "site" : "held";
      const hit = cityVenue(ctx, kind, said, at + m[0].indexOf(said ?? ""), written, at + m[0].lastIndexOf(written));
      if (hit) found.venues.push(hit);
      if (hit) found.sites.push(hit.start);
    }
  }
  return found;
}

/** the hit for a venue written at `start`, held by `said` (a city, its short name, 我市/本市/市 or nobody) at `saidAt` */
function cityVenue(
  ctx: ExtractContext,
  kind: CityVenueHit["kind"],
  said: string | undefined,
  saidAt: number,
  written: string,
  start: number,
): CityVenueHit | null {
  // no holder written (在X分会场) or 市分会场: the article's city, as 我市 is
  const self = said === undefined || said === "市" || selfLevel(said) === "city";
  const city = self ? (selfScope(ctx, "city")?.name ?? null) : said.endsWith("市") ? said : `${said}市`;
  if (city === null || NOT_A_VENUE_RE.test(written) || isBlocked(ctx, start, start + written.length)) return null;
  const holder = said === undefined ? null : { start: saidAt, end: saidAt + said.length };
  return { kind, city, holder, venue: canonicalZoneName(written), start, end: start + written.length };
}
