// Where a city holds its part of a round: 我市在交城经济开发区举行…项目集中开工仪式 (the city's round, held there),
// 我市分会场设在黎城经开区 / 朔州分会场设在X / 在长治经开区分会场 (the venue of the city's round), and 我市“签约一批”
// 活动在X举行 (one stage's site: the province's venue it is not). The holder is a Shanxi city, its short name before
// 分会场, or 我市/本市 — the article's city (ctx.article.city); when the article does not say which city, no hit.
import { canonicalZoneName } from "../../data/zones.js";
import { isBlocked, type ExtractContext, type Span } from "../context.js";
import { CITY_NAMES, CITY_SHORT_NAMES } from "../places.js";
import type { Sentences } from "../text/sentences.js";
import { NOT_A_VENUE_RE, VENUE_NAME, sentencesWith } from "./venues.js";

export interface CityVenueHit {
  /** held: the city holds its round there; branch: its 分会场, the venue of a round it has */
  kind: "held" | "branch";
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
  /** where a city's stage site starts (我市“签约一批”活动在|X举行): no venue of the province's round starts there */
  stageSites: number[];
}

// a city's event at a place, followed in its clause by the campaign's words (…项目集中开工仪式, “开工一批”)
const HELD = `(?:(?<heldCity>${CITY_NAMES})|(?<heldSelf>我市|本市))在(?<held>${VENUE_NAME})举行(?=[^,，。;；]{0,40}?(?:一批|集中(?:签约|开工|投产)))`;
// 分会场 without a holder only after a clause break (山阴县分会场 is a county's)
const BRANCH_HOLDER = `(?<branchCity>${CITY_NAMES})|(?<branchShort>${CITY_SHORT_NAMES})|(?<branchSelf>我市|本市)|(?<![\\p{Script=Han}])`;
const BRANCH = `(?:${BRANCH_HOLDER})分会场(?:设在|设于|位于)(?<branch>${VENUE_NAME})|在(?<branchAt>${VENUE_NAME})分会场`;
// ends before 在 so the venue after it is read by the alternatives above (在晋源区分会场)
const STAGE = `(?<stageCity>${CITY_NAMES})?(?<stageSelf>我市|本市)?[“"]?(?:签约|开工|投产)一批[”"]?活动(?=在)`;
const CITY_VENUE_RE = new RegExp(`${HELD}|${BRANCH}|${STAGE}`, "gu");
const CITY_VENUE_WORDS = ["举行", "分会场"] as const;

/** the city venues of the sentences holding 举行 or 分会场, in text order */
export function scanCityVenues(ctx: ExtractContext, sentences: Sentences): CityVenues {
  const found: CityVenues = { venues: [], stageSites: [] };
  for (const sentence of sentencesWith(ctx.text, sentences, CITY_VENUE_WORDS)) {
    for (const m of ctx.text.slice(sentence.start, sentence.end).matchAll(CITY_VENUE_RE)) {
      const g = m.groups ?? {};
      const at = sentence.start + (m.index ?? 0);
      if (m[0].endsWith("活动")) {
        if (g.stageCity || g.stageSelf) found.stageSites.push(at + m[0].length + 1);
        continue;
      }
      const written = g.held ?? g.branch ?? g.branchAt ?? "";
      const said = g.heldCity ?? g.heldSelf ?? g.branchCity ?? g.branchShort ?? g.branchSelf;
      const self = said === undefined || said === "我市" || said === "本市";
      const city = self ? (ctx.article?.city ?? null) : said.endsWith("市") ? said : `${said}市`;
      const start = at + m[0].lastIndexOf(written);
      if (city === null || NOT_A_VENUE_RE.test(written) || isBlocked(ctx, start, start + written.length)) continue;
      found.venues.push({
        kind: g.held === undefined ? "branch" : "held",
        city,
        holder: said === undefined ? null : { start: at + m[0].indexOf(said), end: at + m[0].indexOf(said) + said.length },
        venue: canonicalZoneName(written),
        start,
        end: start + written.length,
      });
    }
  }
  return found;
}
