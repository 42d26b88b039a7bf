// The scanners, in the order they run: every raw hit of one article, found once, into one value (ArticleHits)
// that the assemblers read. Scanners do not read each other's results except where listed here.
import { withBlockedIndex, type ExtractContext } from "./context.js";
import { roundYearOf, scanAnchors, type RoundAnchor } from "./scan/anchors.js";
import { scanCityVenues, type CityVenues } from "./scan/city-venues.js";
import { scanDates, type DateMention } from "./scan/dates.js";
import { scanMarks } from "./scan/marks.js";
import { scanPeople, type PersonHit } from "./scan/people.js";
import { scanQuantities, type Quantity } from "./scan/quantities.js";
import { scanSummaryAnchors, type SummaryAnchor } from "./scan/summary-anchors.js";
import { scanTallies, type TallyHit } from "./scan/tallies.js";
import { scanVenues, type VenueHit } from "./scan/venues.js";
import { scanZones, type ZoneHit } from "./scan/zones.js";
import { sentencesOf, type Sentences } from "./text/sentences.js";

export interface ArticleHits {
  /** the article's sentences (the one splitter, text/sentences.ts) */
  sentences: Sentences;
  /** where 三个一批 stands */
  marks: number[];
  /** 2023年第三次“三个一批”: where a round is named (another province's and a county's marked foreign) */
  anchors: RoundAnchor[];
  /** 2021年度开展的4次“三个一批”: where a year's rounds are added up */
  summaryAnchors: SummaryAnchor[];
  /** 签约项目N个, 总投资…, 年产值…: each with its scope (only read when a round or summary is named) */
  tallies: TallyHit[];
  /** precise dates in the sentences of Shanxi's round anchors (a month-day in the year of the round named with it) */
  dates: DateMention[];
  /** 主会场…, 活动在X举行 (only read when a Shanxi round is named) */
  venues: VenueHit[];
  /** 我市在X举行…, 我市分会场设在X: where a city holds its part of a round, the venues of city rounds (only read when a
   * Shanxi round is named) */
  cityVenues: CityVenues;
  /** development zones, named canonically */
  zones: ZoneHit[];
  /** titled runs of people and clause-opening names, with their roles */
  people: PersonHit[];
  /** every number with its multiplier, unit and qualifier */
  quantities: Quantity[];
}

export function scanArticle(article: ExtractContext): ArticleHits {
  const ctx = withBlockedIndex(article);
  const { text } = ctx;
  const sentences = sentencesOf(text);
  const marks = scanMarks(text);
  const anchors = scanAnchors(ctx, sentences, marks);
  const summaryAnchors = scanSummaryAnchors(ctx, sentences, marks);
  const ownRound = anchors.some((a) => !a.foreign);
  // tallies, dates and venues only matter to a round or a summary: most pages name neither
  const tallies = ownRound || summaryAnchors.length > 0 ? scanTallies(ctx, sentences) : [];
  const anchorSentences = [...new Set(anchors.filter((a) => !a.foreign).map((a) => a.sentence))];
  const dates = anchorSentences.flatMap((s) => scanDates(text, ctx.publishedAt, s.start, s.end, roundYearOf(text, s, anchors)));
  const venues = ownRound ? scanVenues(ctx, sentences) : [];
  return {
    sentences,
    marks,
    anchors,
    summaryAnchors,
    tallies,
    dates,
    venues,
    cityVenues: ownRound ? scanCityVenues(ctx, sentences) : { venues: [], sites: [] },
    zones: scanZones(ctx),
    people: scanPeople(text),
    quantities: scanQuantities(text),
  };
}
