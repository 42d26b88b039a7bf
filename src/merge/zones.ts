// Zones: one record per canonical zone name, with every spelling seen, mention count and sources.
import type { ExtractionDocument, MergedSource, MergedZone } from "../schema/index.js";

export function mergeZones(docs: ExtractionDocument[], sources: MergedSource[]): MergedZone[] {
  // aliases and sources kept as Sets while collecting: a zone named in thousands of articles stays linear
  const zones = new Map<string, { zone: MergedZone; aliases: Set<string>; sources: Set<string> }>();
  docs.forEach((doc, i) => {
    for (const z of doc.zones) {
      let m = zones.get(z.name);
      if (!m)
        zones.set(
          z.name,
          (m = { zone: { name: z.name, kind: z.kind, aliases: [], mentions: 0, sources: [] }, aliases: new Set(), sources: new Set() }),
        );
      m.zone.mentions++;
      // the canonical name is not an alias of itself
      if (z.mention !== z.name) m.aliases.add(z.mention);
      m.sources.add(sources[i].articleId);
    }
  });
  return [...zones.values()]
    .map(({ zone, aliases, sources }) => ({ ...zone, aliases: [...aliases], sources: [...sources] }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, "zh"));
}
