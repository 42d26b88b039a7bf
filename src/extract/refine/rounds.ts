// Rounds refined: a draft becomes a mention only when it is a round of its own (a zone's single figure is not).
import type { RoundMention } from "../../schema/index.js";
import { ownsRound, toMention, type Book } from "../assemble/round-drafts.js";

export function roundsOfOwn(book: Book): RoundMention[] {
  return [...book.drafts.values()].filter(ownsRound).map((d) => toMention(d, book.drafts));
}
