// An extraction document → rows of the articles and mentions tables. Pure: both backends use it.
import { parseFieldPath, type Evidence, type ExtractionDocument, type RoundMention, type SummaryMention } from "../schema/index.js";
import type { MentionKind } from "./types.js";

export type Row = Record<string, string | number | null>;

export function articleRow(doc: ExtractionDocument): Row {
  const a = doc.article;
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    published_at: a.publishedAt,
    path: a.source.path ?? null,
    url: a.source.url ?? null,
    script: a.script,
    charset: a.charset ?? null,
    format: a.format ?? null,
    reporters: JSON.stringify(a.reporters),
    editors: JSON.stringify(a.editors),
    text: a.text,
    rounds: doc.rounds.length,
    people: doc.people.length,
    zones: doc.zones.length,
    figures: doc.figures.length,
    warnings: doc.warnings.length,
  };
}

/** 山西省 2023 第3次, 山西省 2021 第1期 (or the date when no ordinal is given) */
export function roundLabel(r: {
  scope: { name: string };
  year: number | null;
  ordinal?: number | null;
  ordinalUnit?: string;
  date?: string | null;
}): string {
  const which = r.ordinal ? `第${r.ordinal}${r.ordinalUnit ?? "次"}` : (r.date ?? "");
  return [r.scope.name, r.year ?? "?", which].join(" ").trim();
}

/** the fields of a round or summary that hold one value of their own (scope and the stages hold several) */
const SCALAR_FIELDS = ["year", "ordinal", "ordinalUnit", "date", "venue", "rounds"] as const;
type ScalarField = (typeof SCALAR_FIELDS)[number];
const isScalarField = (field: string): field is ScalarField => (SCALAR_FIELDS as readonly string[]).includes(field);

/** The value a round or summary evidence span supports: "signed.projects" → 34, "date" → "2023-05-06", "signed" → null. */
export function fieldValue(m: RoundMention | SummaryMention, field: string | undefined): string | null {
  if (!field) return null;
  const path = parseFieldPath(field);
  const scalars: Partial<Record<ScalarField, string | number | null>> = m;
  const v = path ? m[path.stage]?.[path.field] : isScalarField(field) ? scalars[field] : null;
  return v === null || v === undefined ? null : String(v);
}

export function mentionRows(doc: ExtractionDocument): Row[] {
  const rows: Row[] = [];
  const add = (kind: MentionKind, i: number, label: string, evidence: Evidence[], value: (e: Evidence) => string | null) =>
    evidence.forEach((e, j) =>
      rows.push({
        article_id: doc.article.id,
        kind,
        mention_index: i,
        evidence_index: j,
        label,
        field: e.field ?? null,
        value: value(e),
        start_offset: e.start,
        end_offset: e.end,
        quote: e.quote,
        stated: e.stated ? 1 : 0,
        extractor: e.extractor ?? null,
        record_key: null,
      }),
    );
  doc.rounds.forEach((m, i) => add("round", i, roundLabel(m), m.evidence, (e) => fieldValue(m, e.field)));
  doc.summaries.forEach((m, i) =>
    add("summary", i, `${roundLabel({ ...m, ordinal: null, date: null })} 全年`, m.evidence, (e) => fieldValue(m, e.field)),
  );
  doc.people.forEach((m, i) => add("person", i, m.name, m.evidence, () => m.name));
  doc.zones.forEach((m, i) => add("zone", i, m.name, m.evidence, () => m.name));
  doc.figures.forEach((m, i) =>
    add("figure", i, m.subject ? `${m.subject} ${m.metric}` : m.metric, m.evidence, () => `${m.value}${m.unit}`),
  );
  return rows;
}
