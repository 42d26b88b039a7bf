// Extraction documents → merged dataset. Minimal for now: one merged round per (scope, year, ordinal).
import type { ExtractionDocument, MergedDataset, MergedRound } from "../schema/index.js";

export function roundKey(r: { scope: { level: string; name: string }; year: number | null; ordinal: number | null; date: string | null }): string {
  return [r.scope.level, r.scope.name, r.year ?? "?", r.ordinal !== null ? `#${r.ordinal}` : `@${r.date ?? "?"}`].join("|");
}

export function mergeDocuments(docs: ExtractionDocument[]): MergedDataset {
  const rounds = new Map<string, MergedRound>();
  for (const doc of docs) {
    for (const r of doc.rounds) {
      const key = roundKey(r);
      const m = rounds.get(key) ?? { key, ...r, evidence: [], sources: [], conflicts: [], checks: [] };
      m.sources.push({ articleId: doc.article.id, ...doc.article.source, outlet: doc.article.outlet, publishedAt: doc.article.publishedAt, duplicateGroup: doc.article.id, independent: true });
      m.evidence.push(...r.evidence.map((e) => ({ ...e, articleId: doc.article.id })));
      rounds.set(key, m);
    }
  }
  return { schemaVersion: 1, rounds: [...rounds.values()], people: [], zones: [], duplicateGroups: [], checks: [] };
}
