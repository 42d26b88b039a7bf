// The size-scaling part of `npm run bench` alone: `node dist/scripts/bench/scaling-run.js [--max-mb N] [--runs N]`.
// CPU time, medians of `--runs` (3) runs per size; prints the table and the spread of time per MB.
import { fileURLToPath } from "node:url";
import { measureScaling, printScaling, SCALING_SIZES } from "./scaling.js";

const value = (flag: string, fallback: number) => {
  const i = process.argv.indexOf(flag);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!(n > 0)) throw new Error(`${flag} wants a positive number, got "${process.argv[i + 1]}"`);
  return n;
};

try {
  const root = fileURLToPath(new URL(import.meta.url.endsWith(".ts") ? "../.." : "../../..", import.meta.url));
  const maxBytes = value("--max-mb", 10) * 1e6;
  const rows = measureScaling(
    root,
    SCALING_SIZES.filter((b) => b <= maxBytes),
    (s) => process.stderr.write(`${s}\n`),
    value("--runs", 3),
  );
  printScaling(rows);
} catch (e) {
  process.stderr.write(`scaling: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
