// Zones: one record per canonical zone name, with every spelling seen, mention count and sources.
import type { ExtractionDocument, MergedSource, MergedZone } from "../schema/index.js";

export function mergeZones(docs: ExtractionDocument[], sources: MergedSource[]): MergedZone[] {
  const zones = new Map<string, MergedZone>();
  docs.forEach((doc, i) => {
    for (const z of doc.zones) {
      const m = zones.get(z.name) ?? { name: z.name, kind: z.kind, aliases: [], mentions: 0, sources: [] };
      m.mentions++;
      // the canonical name is not an alias of itself
      if (z.mention !== z.name && !m.aliases.includes(z.mention)) m.aliases.push(z.mention);
      if (!m.sources.includes(sources[i].articleId)) m.sources.push(sources[i].articleId);
      zones.set(z.name, m);
    }
  });
  return [...zones.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, "zh"));
}
