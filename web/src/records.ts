// A person's and a zone's page: the summary and every mention, each quote linked to its place in the article.
import { get, href, part } from "./api.js";
import { h, link, show } from "./dom.js";
import { roundTable } from "./home.js";
import type { MentionRow, PersonDetail, ZoneDetail } from "zhpress/api-types";

function mentionList(mentions: MentionRow[]): HTMLElement {
  return h(
    "ul",
    { class: "mentions" },
    mentions.map((m) => h("li", {}, link(href.article(m.articleId, m), `「${m.quote}」`), m.field ? ` ${m.field}` : "")),
  );
}

export async function personPage(key: string): Promise<void> {
  const { summary, mentions } = await get<PersonDetail>(`people/${part(key)}`);
  show(
    h("h1", {}, summary.name),
    h("p", {}, summary.titles.length ? summary.titles.join("、") : "no title seen"),
    h("h2", {}, `Mentions (${mentions.length})`),
    mentionList(mentions),
  );
}

export async function zonePage(name: string): Promise<void> {
  const { summary, rounds, mentions } = await get<ZoneDetail>(`zones/${part(name)}`);
  show(
    h("h1", {}, summary.name),
    h("p", {}, `${summary.kind}${summary.aliases.length ? ` · also written ${summary.aliases.join("、")}` : ""}`),
    h("h2", {}, `Rounds (${rounds.length})`),
    rounds.length ? roundTable(rounds) : h("p", {}, "No round held here or scoped to it."),
    h("h2", {}, `Mentions (${mentions.length})`),
    mentionList(mentions),
  );
}
