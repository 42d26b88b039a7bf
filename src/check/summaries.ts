// Annual summaries (2021年度…共开展4次“三个一批”, 签约项目1427个) with the article that states each: read from the
// extraction documents, since the merged dataset keeps only the checks run on them.
import type { ExtractionDocument, SummaryMention } from "../schema/index.js";

export interface SourcedSummary {
  summary: SummaryMention;
  articleId: string;
  path?: string;
  url?: string;
  outlet: string | null;
  publishedAt: string | null;
  /** false when the article names another outlet it was taken from */
  independent: boolean;
}

export function summariesOf(docs: Iterable<ExtractionDocument>): SourcedSummary[] {
  const out: SourcedSummary[] = [];
  for (const d of docs)
    for (const summary of d.summaries)
      out.push({
        summary,
        articleId: d.article.id,
        ...d.article.source,
        outlet: d.article.outlet,
        publishedAt: d.article.publishedAt,
        independent: (d.article.repostOf ?? []).length === 0,
      });
  return out;
}
