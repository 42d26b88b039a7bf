// The front page: search by name, zone and date; the timeline; every round in the dataset.
import { get, href } from "./api.js";
import { h, link, show } from "./dom.js";
import { roundTitle, tallyText } from "./format.js";
import { timeline } from "./timeline.js";
import type { ResultPage, RoundSummary } from "zhpress/api-types";

export function searchForm(values: Record<string, string> = {}): HTMLFormElement {
  const input = (name: string, label: string, type = "text") =>
    h("label", {}, label, " ", h("input", { name, type, value: values[name] ?? "", placeholder: type === "text" ? label : null }));
  const form = h(
    "form",
    { class: "search", id: "search" },
    input("q", "Name"),
    input("zone", "Zone"),
    input("from", "From", "date"),
    input("to", "To", "date"),
    h("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
    location.hash = `#/search?${params}`;
  });
  return form;
}

export function roundTable(rounds: RoundSummary[]): HTMLTableElement {
  return h(
    "table",
    { class: "rounds" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["Round", "Venue", "签约", "开工", "投产", "合计", "Sources", "Conflicts", "Failed checks"].map((t) => h("th", {}, t)),
      ),
    ),
    h(
      "tbody",
      {},
      rounds.map((r) =>
        h(
          "tr",
          {},
          h("td", {}, link(href.round(r.key), roundTitle(r))),
          h("td", {}, r.venue ?? "–"),
          [r.signed, r.started, r.producing, r.total].map((t) => h("td", { class: "num" }, tallyText(t))),
          h("td", { class: "num" }, r.sources),
          h("td", { class: "num" }, r.conflicts),
          h("td", { class: `num${r.failedChecks ? " fail" : ""}` }, r.failedChecks),
        ),
      ),
    ),
  );
}

export async function homePage(): Promise<void> {
  const [province, all] = await Promise.all([
    get<ResultPage<RoundSummary>>("rounds", { level: "province", limit: 1000 }),
    get<ResultPage<RoundSummary>>("rounds", { limit: 1000 }),
  ]);
  show(searchForm(), timeline(province.items), h("h2", {}, `Rounds (${all.total})`), roundTable(all.items));
}
