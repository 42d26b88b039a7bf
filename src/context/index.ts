// Article context, between normalize and extract: normalized text + metadata → where the article is from and about.
// Takes the normalized text and the article's metadata (title, outlet, source URL); gives where the article is from
// and about — province, city, county, the narrowest level known — with every signal that says so as evidence
// (offsets into article.text for text signals, the metadata value otherwise). Extraction reads it to resolve
// 我市/本市/全市 and 我县 to a place and 全省/我省 to the article's province.
import type { ArticleContext } from "../schema/index.js";
import { type Signal, decide } from "./decide.js";
import { hostSignal, outletSignal, titleSignals } from "./metadata.js";
import { placesInText } from "./places-in-text.js";

export interface ContextInput {
  /** normalized simplified text: evidence offsets point into it */
  text: string;
  /** normalized title and outlet */
  title: string | null;
  outlet: string | null;
  url?: string;
}

const SELF_CITY = /我市|本市|全市/u;
const SELF_COUNTY = /我县|本县|全县/u;

export function readArticleContext(input: ContextInput): ArticleContext {
  const signals: Signal[] = [
    ...[hostSignal(input.url), outletSignal(input.outlet)].filter((s) => s !== null),
    ...titleSignals(input.title),
    ...placesInText(input.text),
  ];
  return decide(signals, { city: SELF_CITY.test(input.text), county: SELF_COUNTY.test(input.text) });
}
