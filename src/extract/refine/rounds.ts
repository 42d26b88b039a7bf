// Rounds refined: a draft becomes a mention only when it is a round of its own (a zone's single figure is not),
// and only when the campaign is Shanxi's. Henan's 全省第十六期“三个一批” looks like Shanxi's: an article the context
// stage places in another province yields no round; an article placed nowhere yields none from a bare 第N期 name
// (no year, no 开发区: Henan's form). Either way a `lookalike-campaign` warning says what was dropped.
import type { ArticleContext, RoundMention } from "../../schema/index.js";
import { warning } from "../../schema/index.js";
import { ownsRound, toMention, type Book, type Draft } from "../assemble/round-drafts.js";

const HOME_PROVINCE = "山西省";

export function roundsOfOwn(book: Book): RoundMention[] {
  const own = [...book.drafts.values()].filter(ownsRound);
  const province = book.ctx.article?.province ?? null;
  const elsewhere = placedElsewhere(book.ctx.article);
  const lookalike = (d: Draft) => elsewhere !== null || (province !== HOME_PROVINCE && d.barePeriod);
  const dropped = own.filter(lookalike);
  if (dropped.length > 0) {
    const named = dropped.map((d) => `${d.scope.name} 第${d.ordinal}`).join(", ");
    const why = elsewhere !== null ? `the article is placed in ${elsewhere}` : "a bare 第N期 name in an article not placed in Shanxi";
    book.warnings.push(warning("lookalike-campaign", `${why}: no Shanxi round (${named} dropped)`));
  }
  return own.filter((d) => !lookalike(d)).map((d) => toMention(d, book.drafts));
}

/** the other province the article is placed in, when the context stage says so by more than one plain mention */
function placedElsewhere(article: ArticleContext | undefined): string | null {
  if (!article?.province || article.province === HOME_PROVINCE) return null;
  const strong = article.evidence.some((e) => e.signal !== "mention");
  return strong || article.evidence.length >= 2 ? article.province : null;
}
