// A round's page: each value with the quotes that state it, its sources, its conflicts side by side, its checks.
import { get, href, part } from "./api.js";
import { h, link, show } from "./dom.js";
import { fieldName, roundTitle, showValue } from "./format.js";
import type { Conflict, MergedSource, RoundDetail, RoundValue } from "zhpress/api-types";

const ORDER = ["year", "ordinal", "date", "venue"];
const rank = (field: string) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);

export async function roundPage(key: string): Promise<void> {
  const { summary, round, values } = await get<RoundDetail>(`rounds/${part(key)}`);
  const outlets = new Map(round.sources.map((s) => [s.articleId, s.outlet ?? s.articleId]));
  show(
    h("h1", {}, roundTitle(summary)),
    summary.venue ? h("p", {}, `Venue: ${summary.venue}`) : null,
    h("h2", {}, "Values"),
    valuesTable(values, outlets, new Set(round.conflicts.map((c) => c.field))),
    h("h2", {}, `Sources (${round.sources.length})`),
    h("ul", { class: "sources" }, round.sources.map(sourceItem)),
    h("h2", {}, `Conflicts (${round.conflicts.length})`),
    round.conflicts.length ? round.conflicts.map((c) => conflictBlock(c, values, outlets)) : h("p", {}, "The sources agree."),
    h("h2", {}, `Checks (${round.checks.length})`),
    h(
      "table",
      { class: "checks" },
      round.checks.map((c) =>
        h("tr", { class: c.status }, h("td", {}, c.status), h("td", {}, c.code), h("td", {}, c.field ?? ""), h("td", {}, c.message)),
      ),
    ),
  );
}

/** One row per field: the merged value links to the first quote stating it; every quote is listed and linked. */
function valuesTable(values: RoundValue[], outlets: Map<string, string>, disputed: Set<string>): HTMLTableElement {
  const byField = new Map<string, RoundValue[]>();
  for (const v of values) byField.set(v.field, [...(byField.get(v.field) ?? []), v]);
  const fields = [...byField.keys()].sort((a, b) => rank(a) - rank(b));
  return h(
    "table",
    { class: "values" },
    h("thead", {}, h("tr", {}, h("th", {}, "Field"), h("th", {}, "Value"), h("th", {}, "Stated in"))),
    h(
      "tbody",
      {},
      fields.map((field) => {
        const rows = byField.get(field)!;
        const shown = rows.find((r) => r.value !== null) ?? rows[0];
        return h(
          "tr",
          { "data-field": field },
          h("td", {}, fieldName(field)),
          h(
            "td",
            {},
            h("a", { href: href.article(shown.articleId, shown), class: "value" }, showValue(field, shown.value)),
            disputed.has(field) ? h("div", { class: "disputed" }, "sources disagree: see Conflicts") : null,
          ),
          h(
            "td",
            {},
            rows.map((r) =>
              h(
                "div",
                { class: "quote" },
                h("span", { class: "outlet" }, outlets.get(r.articleId) ?? r.articleId),
                " ",
                link(href.article(r.articleId, r), `「${r.quote}」`),
                r.stated ? "" : " (implied)",
              ),
            ),
          ),
        );
      }),
    ),
  );
}

function sourceItem(s: MergedSource): HTMLLIElement {
  return h(
    "li",
    {},
    link(href.article(s.articleId), s.outlet ?? s.articleId),
    ` ${s.publishedAt ?? "undated"} `,
    s.url ? h("a", { href: s.url, rel: "noreferrer" }, s.url) : (s.path ?? ""),
    s.independent ? "" : h("span", { class: "repost" }, " repost"),
  );
}

/** The values the sources disagree on, in columns side by side: each source with the quote it states the value in. */
function conflictBlock(c: Conflict, values: RoundValue[], outlets: Map<string, string>): HTMLElement {
  const chosen = (v: unknown) => JSON.stringify(v) === JSON.stringify(c.chosen);
  return h(
    "section",
    { class: "conflict" },
    h("h3", {}, fieldName(c.field)),
    h(
      "div",
      { class: "side-by-side" },
      c.values.map((v) => {
        const stated = v.sources.map((id) => ({ id, row: values.find((r) => r.field === c.field && r.articleId === id) }));
        // quotes the value rows do not carry (e.g. a source whose evidence is not in round_values) are still shown
        const shown = new Set(stated.map((s) => s.row?.quote));
        return h(
          "div",
          { class: `side${chosen(v.value) ? " chosen" : ""}` },
          h("div", { class: "conflict-value" }, showValue(c.field, v.value), chosen(v.value) ? " (chosen)" : ""),
          stated.map(({ id, row }) =>
            h(
              "div",
              { class: "quote" },
              h("span", { class: "outlet" }, outlets.get(id) ?? id),
              " ",
              row ? link(href.article(id, row), `「${row.quote}」`) : link(href.article(id), "(no quote)"),
            ),
          ),
          v.quotes.filter((q) => !shown.has(q)).map((q) => h("div", { class: "quote" }, `「${q}」`)),
        );
      }),
    ),
  );
}
