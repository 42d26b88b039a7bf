// Zones of the article: the zone hits grouped by canonical name, each with every place it is written.
import type { ZoneMention } from "../../schema/index.js";
import type { ArticleHits } from "../hits.js";

export function assembleZones(hits: Pick<ArticleHits, "zones">): ZoneMention[] {
  const zones = new Map<string, ZoneMention>();
  for (const z of hits.zones) {
    const evidence = { field: "name", start: z.start, end: z.end, quote: z.mention, stated: true, extractor: "zones" };
    const zone = zones.get(z.name);
    if (zone) zone.evidence.push(evidence);
    else zones.set(z.name, { name: z.name, mention: z.mention, kind: z.kind, evidence: [evidence] });
  }
  return [...zones.values()];
}
