// An article's text with every extracted value highlighted and linked to its record; ?hl=start-end marks
// and scrolls to the quote a value was taken from.
import { get, href, part } from "./api.js";
import { h, show } from "./dom.js";
import { pieces, uncapturedNumbers } from "./highlight.js";
import type { ArticleDetail, MentionRow } from "zhpress/api-types";

const recordLink = (m: MentionRow): string | null => {
  if (m.recordKey === null) return null;
  if (m.kind === "round") return href.round(m.recordKey);
  if (m.kind === "person") return href.person(m.recordKey);
  if (m.kind === "zone") return href.zone(m.recordKey);
  return null;
};

export async function articlePage(id: string, params: URLSearchParams): Promise<void> {
  const { summary, document: doc, mentions } = await get<ArticleDetail>(`articles/${part(id)}`);
  const text = doc.article.text;
  const uncaptured = doc.uncaptured ?? uncapturedNumbers(text, mentions);
  const target = /^(\d+)-(\d+)$/.exec(params.get("hl") ?? "");
  const [from, to] = target ? [Number(target[1]), Number(target[2])] : [-1, -1];
  const body = h(
    "div",
    { class: "article-text", lang: "zh-CN" },
    pieces(text, mentions, uncaptured).map((p) => {
      const targeted = p.start >= from && p.end <= to;
      if (p.mentions.length === 0 && !p.uncaptured) return targeted ? h("mark", { class: "target" }, p.text) : p.text;
      if (p.mentions.length === 0)
        return h("mark", { class: `uncaptured${targeted ? " target" : ""}`, title: "a number no extractor took" }, p.text);
      const m = p.mentions[0];
      const title = p.mentions
        .map((x) => `${x.kind}: ${x.label}${x.field ? ` · ${x.field}` : ""}${x.value !== null ? ` = ${x.value}` : ""}`)
        .join("\n");
      const attrs = { class: `value kind-${m.kind}${targeted ? " target" : ""}`, title, "data-start": p.start, "data-end": p.end };
      const record = recordLink(m);
      return record ? h("a", { ...attrs, href: record }, p.text) : h("mark", attrs, p.text);
    }),
  );
  show(
    h("h1", {}, summary.title ?? "(untitled)"),
    h(
      "p",
      { class: "meta" },
      [summary.outlet, summary.publishedAt].filter(Boolean).join(" · "),
      " ",
      summary.url ? h("a", { href: summary.url, rel: "noreferrer" }, summary.url) : (summary.path ?? ""),
    ),
    h(
      "p",
      { class: "legend" },
      h("span", { class: "value kind-round" }, "round"),
      " ",
      h("span", { class: "value kind-person" }, "person"),
      " ",
      h("span", { class: "value kind-zone" }, "zone"),
      " ",
      h("span", { class: "value kind-figure" }, "figure"),
      " ",
      h("mark", { class: "uncaptured" }, "uncaptured number"),
      ` · ${mentions.length} evidence spans, ${uncaptured.length} uncaptured numbers`,
    ),
    body,
  );
  body.querySelector(".target")?.scrollIntoView({ block: "center" });
}
