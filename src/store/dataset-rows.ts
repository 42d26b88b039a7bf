// A merged dataset → rows of every dataset table. Pure: both backends use it.
import { STAGES, type MergedDataset, type MergedPerson, type MergedRound } from "../schema/index.js";
import type { Row } from "./doc-rows.js";
import type { MainSource } from "./types.js";

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** The source a reader is sent to first: the earliest-published independent source (undated last), and its quote. */
export function mainSource(r: MergedRound): MainSource | null {
  const candidates = r.sources.filter((s) => s.independent);
  const pool = candidates.length ? candidates : r.sources;
  if (!pool.length) return null;
  const main = [...pool].sort((a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999"))[0];
  // a count or amount says more than a date: the first tally quote by offset, else the first quote
  const spans = r.evidence.filter((e) => e.articleId === main.articleId).sort((a, b) => a.start - b.start);
  const quote = (spans.find((e) => /^(signed|started|producing|total)\b/.test(e.field ?? "")) ?? spans[0])?.quote ?? null;
  return {
    articleId: main.articleId,
    outlet: main.outlet,
    url: main.url ?? null,
    path: main.path ?? null,
    publishedAt: main.publishedAt,
    quote,
  };
}

export function roundRow(r: MergedRound, position: number): Row {
  const main = mainSource(r);
  const row: Row = { key: r.key, position, level: r.scope.level, scope: r.scope.name, year: r.year, ordinal: r.ordinal };
  row.ordinal_unit = r.ordinal === null ? null : (r.ordinalUnit ?? "次");
  row.date = r.date;
  row.venue = r.venue;
  for (const s of STAGES) {
    row[`${s}_projects`] = r[s]?.projects ?? null;
    row[`${s}_investment_yuan`] = r[s]?.investmentYuan ?? null;
    row[`${s}_output_value_yuan`] = r[s]?.outputValueYuan ?? null;
  }
  Object.assign(row, {
    sources: r.sources.length,
    conflicts: r.conflicts.length,
    failed_checks: r.checks.filter((c) => c.status === "fail").length,
    main_article_id: main?.articleId ?? null,
    main_outlet: main?.outlet ?? null,
    main_url: main?.url ?? null,
    main_path: main?.path ?? null,
    main_published_at: main?.publishedAt ?? null,
    main_quote: main?.quote ?? null,
    record: JSON.stringify(r),
  });
  return row;
}

/** Rows for every dataset table; `valueOf` finds what the article itself said for an evidence span (the mentions table). */
export function datasetRows(
  dataset: MergedDataset,
  valueOf: (articleId: string, start: number, end: number, field: string | null) => string | null,
  mergedAt: string,
  documents: number,
): Record<string, Row[]> {
  const t: Record<string, Row[]> = {
    dataset: [{ id: 1, json: JSON.stringify(dataset), merged_at: mergedAt, documents }],
    rounds: dataset.rounds.map(roundRow),
    round_values: [],
    round_sources: [],
    conflicts: [],
    checks: [],
    people: [],
    person_titles: [],
    zones: [],
    zone_aliases: [],
    duplicate_groups: dataset.duplicateGroups.map((g) => ({ id: g.id, kind: g.kind, original: g.original, articles: json(g.articles) })),
  };
  const check = (round_key: string | null) => (c: MergedDataset["checks"][number]) =>
    t.checks.push({
      position: t.checks.length,
      round_key,
      code: c.code,
      field: c.field ?? null,
      status: c.status,
      message: c.message,
      expected: json(c.expected),
      actual: json(c.actual),
    });
  for (const r of dataset.rounds) {
    r.evidence.forEach((e, position) =>
      t.round_values.push({
        round_key: r.key,
        position,
        field: e.field ?? "",
        value: valueOf(e.articleId, e.start, e.end, e.field ?? null),
        article_id: e.articleId,
        quote: e.quote,
        start_offset: e.start,
        end_offset: e.end,
        stated: e.stated ? 1 : 0,
        extractor: e.extractor ?? null,
      }),
    );
    r.sources.forEach((s, position) =>
      t.round_sources.push({
        round_key: r.key,
        position,
        article_id: s.articleId,
        path: s.path ?? null,
        url: s.url ?? null,
        outlet: s.outlet,
        published_at: s.publishedAt,
        duplicate_group: s.duplicateGroup,
        independent: s.independent ? 1 : 0,
      }),
    );
    for (const c of r.conflicts)
      c.values.forEach((v, value_index) =>
        t.conflicts.push({
          round_key: r.key,
          field: c.field,
          value_index,
          value: json(v.value),
          chosen: JSON.stringify(v.value) === JSON.stringify(c.chosen) ? 1 : 0,
          sources: json(v.sources),
          quotes: json(v.quotes),
        }),
      );
    r.checks.forEach(check(r.key));
  }
  dataset.checks.forEach(check(null));
  dataset.people.forEach((p, position) => {
    t.people.push(personRow(p, position));
    p.titles.forEach((s, i) =>
      t.person_titles.push({
        person_key: p.key,
        position: i,
        title: s.title,
        first_seen: s.firstSeen,
        last_seen: s.lastSeen,
        sources: s.sources.length,
        source_articles: json(s.sources),
      }),
    );
  });
  dataset.zones.forEach((z, position) => {
    t.zones.push({
      name: z.name,
      position,
      kind: z.kind,
      aliases: z.aliases.join("、"),
      mentions: z.mentions,
      sources: z.sources.length,
      record: json(z),
    });
    for (const alias of new Set(z.aliases)) t.zone_aliases.push({ zone_name: z.name, alias });
  });
  return t;
}

export function latestTitle(p: MergedPerson): string | null {
  const byLast = [...p.titles].sort((a, b) => (b.lastSeen ?? "").localeCompare(a.lastSeen ?? ""));
  return byLast[0]?.title ?? null;
}

function personRow(p: MergedPerson, position: number): Row {
  const seen = (pick: (s: MergedPerson["titles"][number]) => string | null) =>
    p.titles
      .map(pick)
      .filter((d): d is string => d !== null)
      .sort();
  const first = seen((s) => s.firstSeen);
  const last = seen((s) => s.lastSeen);
  return {
    key: p.key,
    position,
    name: p.name,
    latest_title: latestTitle(p),
    titles: p.titles.map((s) => s.title).join("、"),
    roles: p.roles.join(","),
    sources: p.sources.length,
    first_seen: first[0] ?? null,
    last_seen: last[last.length - 1] ?? null,
    record: JSON.stringify(p),
  };
}
