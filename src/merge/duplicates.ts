// Reposts: exact duplicates (same content hash) and near-duplicates form one group; each group
// names its original, and every other member is a repost, not an independent source.
import type { ExtractionDocument, MergedDataset, MergedSource } from "../schema/index.js";
import { nearDuplicatePairs } from "./fingerprint.js";
import { UnionFind } from "../util/index.js";

export type DuplicateGroup = MergedDataset["duplicateGroups"][number];

// A retitled repost says so: 原标题：… (where it came from, 来源/转自, page reading puts in article.repostOf)
const RETITLED = /原标题[:：]/u;

export interface Duplicates {
  groups: DuplicateGroup[];
  /** every article in the batch (by index), with its group and independence */
  sources: MergedSource[];
}

export function findDuplicates(docs: ExtractionDocument[]): Duplicates {
  const sets = new UnionFind(docs.length);
  const firstById = new Map<string, number>();
  docs.forEach((d, i) => {
    const first = firstById.get(d.article.id);
    if (first === undefined) firstById.set(d.article.id, i);
    else sets.union(i, first);
  });
  const near = new Set<number>();
  const unique = [...firstById.values()];
  for (const p of nearDuplicatePairs(unique.map((i) => docs[i].article.text))) {
    sets.union(unique[p.a], unique[p.b]);
    near.add(unique[p.a]);
  }
  const nearRoots = new Set([...near].map((i) => sets.find(i)));
  const sources: MergedSource[] = new Array(docs.length);
  const groups: DuplicateGroup[] = [];
  for (const idx of sets.groups()) {
    const original = pickOriginal(docs, idx);
    const id = idx.length > 1 ? `dup-${docs[original].article.id}` : docs[original].article.id;
    for (const i of idx) sources[i] = toSource(docs[i], id, i === original);
    if (idx.length > 1)
      groups.push({
        id,
        articles: idx.map((i) => docs[i].article.id),
        original: docs[original].article.id,
        kind: nearRoots.has(sets.find(idx[0])) ? "near" : "exact",
      });
  }
  return { groups, sources };
}

/**
 * The original of a group: the member whose outlet the others name as their 来源/转自; failing
 * that, the earliest publishedAt among members not marked 原标题; ties go to input order.
 */
export function pickOriginal(docs: ExtractionDocument[], idx: number[]): number {
  if (idx.length === 1) return idx[0];
  const named = new Set(idx.flatMap((i) => docs[i].article.repostOf ?? []));
  const byName = idx.filter((i) => docs[i].article.outlet !== null && named.has(docs[i].article.outlet!));
  const pool = byName.length ? byName : idx.filter((i) => !RETITLED.test(docs[i].article.text));
  const ranked = (pool.length ? pool : idx).slice().sort((a, b) => publishedRank(docs[a]).localeCompare(publishedRank(docs[b])) || a - b);
  return ranked[0];
}

// Unknown dates sort last: a dated article is the better-attested original.
const publishedRank = (d: ExtractionDocument) => d.article.publishedAt ?? "9999";

function toSource(doc: ExtractionDocument, group: string, independent: boolean): MergedSource {
  const { path, url } = doc.article.source;
  return {
    articleId: doc.article.id,
    ...(path !== undefined ? { path } : {}),
    ...(url !== undefined ? { url } : {}),
    outlet: doc.article.outlet,
    publishedAt: doc.article.publishedAt,
    duplicateGroup: group,
    independent,
  };
}
