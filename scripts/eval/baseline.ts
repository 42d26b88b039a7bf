// Pinned floors: a score below its floor fails the gate; floors rise with --update and never drop
// unless --allow-lower is given as well.
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";

export const Baseline = z.strictObject({
  about: z.string().optional(),
  floors: z.record(z.string(), z.number().min(0).max(1)),
});
export type Baseline = z.infer<typeof Baseline>;

export interface FloorDrop {
  score: string;
  floor: number;
  current: number;
}

const EPSILON = 1e-9;
/** Floors are written rounded down to 4 places, so the score they came from never falls below them. */
export const floorOf = (x: number) => Math.floor(x * 10_000 + EPSILON) / 10_000;

export function belowFloors(scores: Record<string, number>, floors: Record<string, number>): FloorDrop[] {
  const out: FloorDrop[] = [];
  for (const [score, floor] of Object.entries(floors)) {
    const current = scores[score] ?? 0; // a score that vanished counts as 0
    if (current + EPSILON < floor) out.push({ score, floor, current });
  }
  return out;
}

export interface FloorUpdate {
  floors: Record<string, number>;
  raised: string[];
  lowered: FloorDrop[];
}

export function updateFloors(floors: Record<string, number>, scores: Record<string, number>, allowLower: boolean): FloorUpdate {
  const next: Record<string, number> = { ...floors };
  const raised: string[] = [];
  const lowered: FloorDrop[] = [];
  for (const [score, value] of Object.entries(scores)) {
    const candidate = floorOf(value);
    const old = floors[score];
    if (old === undefined || candidate > old) {
      next[score] = candidate;
      raised.push(score);
    } else if (candidate < old && allowLower) {
      next[score] = candidate;
      lowered.push({ score, floor: old, current: candidate });
    }
  }
  return { floors: next, raised, lowered };
}

export function readBaseline(path: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { floors: {} };
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = Baseline.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: malformed baseline\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function writeBaseline(path: string, b: Baseline): void {
  const floors = Object.fromEntries(Object.entries(b.floors).sort(([a], [c]) => a.localeCompare(c)));
  writeFileSync(path, JSON.stringify({ about: b.about, floors }, null, 2) + "\n");
}
