// Self words, resolved in one place: 我市/本市 name the article's city and 我县/本县 its county (the context stage,
// ctx.article), 我区/本区 the one zone the article names (the zone scanner's hits). Tallies, summaries, venues and the
// cities holding a round all ask selfScope; a self word it cannot resolve names nobody: never guessed, never the province.
import type { Scope } from "../schema/index.js";
import type { ExtractContext } from "./context.js";

export type SelfLevel = "city" | "county" | "zone";

/** the self words of each level, as a regex alternation */
export const SELF_WORDS: Readonly<Record<SelfLevel, string>> = { city: "我市|本市", county: "我县|本县", zone: "我区|本区" };
/** 全市/全县 before a tally (全市签约项目N个): the whole of the article's city or county, a self word there */
export const WHOLE_WORDS: Readonly<Record<"city" | "county", string>> = { city: "全市", county: "全县" };

const LEVEL_OF: ReadonlyMap<string, SelfLevel> = new Map(
  (Object.entries(SELF_WORDS) as [SelfLevel, string][]).flatMap(([level, words]) => words.split("|").map((w) => [w, level] as const)),
);

/** the level a self word (我市, 本县, 我区 …) names; null for any other word */
export function selfLevel(word: string): SelfLevel | null {
  return LEVEL_OF.get(word) ?? null;
}

/** the zone the article is about: the one zone it names (several zones name none) */
export function articleZone(zones: readonly { name: string }[]): string | null {
  const names = new Set(zones.map((z) => z.name));
  return names.size === 1 ? [...names][0] : null;
}

/**
 * The scope a self word of `level` names in this article; null when the article does not say which (我市 with no
 * city known). A zone's self word needs the zones the article names (without them it names nobody).
 */
export function selfScope(ctx: ExtractContext, level: SelfLevel, zones: readonly { name: string }[] = []): Scope | null {
  const name = level === "zone" ? articleZone(zones) : ctx.article?.[level];
  return name ? { level, name } : null;
}
