// Extraction documents → merged dataset: reposts grouped, one record per round, person and zone,
// consistency checks attached as data.
import type { ExtractionDocument, MergedDataset } from "../schema/index.js";
import { runChecks } from "./checks.js";
import { findDuplicates } from "./duplicates.js";
import { mergePeople } from "./people.js";
import { mergeRounds } from "./rounds.js";
import { mergeZones } from "./zones.js";

export { roundKey } from "./rounds.js";
export { findDuplicates } from "./duplicates.js";

export function mergeDocuments(docs: ExtractionDocument[]): MergedDataset {
  const { groups, sources } = findDuplicates(docs);
  const rounds = mergeRounds(docs, sources);
  const checks = runChecks(
    rounds,
    docs.flatMap((d) => d.summaries),
  );
  return {
    schemaVersion: 1,
    rounds,
    people: mergePeople(docs, sources),
    zones: mergeZones(docs, sources),
    duplicateGroups: groups,
    checks,
  };
}
