// The field paths of a round's tallies, defined once: a stage (signed/started/producing/total) and a tally field
// (projects/investmentYuan/outputValueYuan). Extract, merge and check use these types; the string form
// "signed.projects" exists only where a record stores it (evidence.field, conflict.field, check.field).
import { z } from "zod";

export const Stage = z.enum(["signed", "started", "producing", "total"]);
export type Stage = z.infer<typeof Stage>;
export const STAGES: readonly Stage[] = Stage.options;

export const TallyField = z.enum(["projects", "investmentYuan", "outputValueYuan"]);
export type TallyField = z.infer<typeof TallyField>;
export const TALLY_FIELDS: readonly TallyField[] = TallyField.options;

/** "signed.projects": a stage's tally field as records write it */
export type FieldPath = `${Stage}.${TallyField}`;

export function fieldPath(stage: Stage, field: TallyField): FieldPath {
  return `${stage}.${field}`;
}

/** a typed path back to its parts */
export function splitFieldPath(path: FieldPath): { stage: Stage; field: TallyField } {
  return parseFieldPath(path)!;
}

/** "signed.projects" → { stage, field }; anything else (year, venue, scope) → null */
export function parseFieldPath(path: string): { stage: Stage; field: TallyField } | null {
  const [stage, field, ...rest] = path.split(".");
  const s = Stage.safeParse(stage);
  const f = TallyField.safeParse(field);
  return s.success && f.success && rest.length === 0 ? { stage: s.data, field: f.data } : null;
}

/** the stage a path belongs to ("signed.projects" → "signed", "signed" → "signed"), else null */
export function stageOf(path: string): Stage | null {
  const s = Stage.safeParse(path.split(".")[0]);
  return s.success ? s.data : null;
}
