// Search by name (people, rounds, articles), zone, and date range; each part of the form narrows its own list.
import { get, href } from "./api.js";
import { h, link, show } from "./dom.js";
import { roundTable, searchForm } from "./home.js";
import type { ArticleSummary, ResultPage, RoundSummary, SearchResult, ZoneSummary } from "zhpress/api-types";

export async function searchPage(params: URLSearchParams): Promise<void> {
  const values = Object.fromEntries(params);
  const { q, zone, from, to } = values;
  const sections: HTMLElement[] = [];
  if (q) {
    const found = await get<SearchResult>("search", { q });
    sections.push(
      h("h2", {}, `“${q}”`),
      h("h3", {}, `People (${found.people.length})`),
      h(
        "ul",
        {},
        found.people.map((p) => h("li", {}, link(href.person(p.key), p.name), p.latestTitle ? ` ${p.latestTitle}` : "")),
      ),
      h("h3", {}, `Zones (${found.zones.length})`),
      h(
        "ul",
        {},
        found.zones.map((z) => h("li", {}, link(href.zone(z.name), z.name))),
      ),
      h("h3", {}, `Rounds (${found.rounds.length})`),
      roundTable(found.rounds),
      h("h3", {}, `Articles (${found.articles.length})`),
      articleList(found.articles),
    );
  }
  if (zone) {
    const zones = await get<ResultPage<ZoneSummary>>("zones", { name: zone });
    sections.push(
      h("h2", {}, `Zones matching “${zone}” (${zones.total})`),
      h(
        "ul",
        {},
        zones.items.map((z) => h("li", {}, link(href.zone(z.name), z.name), ` ${z.mentions} mentions`)),
      ),
    );
  }
  if (from || to) {
    const [rounds, articles] = await Promise.all([
      get<ResultPage<RoundSummary>>("rounds", { from, to, limit: 1000 }),
      get<ResultPage<ArticleSummary>>("articles", { from, to, limit: 1000 }),
    ]);
    sections.push(
      h("h2", {}, `Between ${from || "the start"} and ${to || "now"}`),
      h("h3", {}, `Rounds (${rounds.total})`),
      roundTable(rounds.items),
      h("h3", {}, `Articles (${articles.total})`),
      articleList(articles.items),
    );
  }
  show(searchForm(values), sections.length ? sections : h("p", {}, "Type a name, a zone or dates."));
}

function articleList(articles: ArticleSummary[]): HTMLElement {
  return h(
    "ul",
    { class: "articles" },
    articles.map((a) => h("li", {}, link(href.article(a.id), a.title ?? a.id), ` ${a.outlet ?? ""} ${a.publishedAt ?? ""}`)),
  );
}
