// fast-check parameters for every property test: FUZZ_SEED=<n> replays a run (fast-check prints the seed
// and the shrunk counterexample path on failure; FUZZ_PATH=<path> with the same seed replays just that case).
import type { Parameters } from "fast-check";

export function fuzzParams<T>(params: Parameters<T> = {}): Parameters<T> {
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  const path = process.env.FUZZ_PATH;
  return { ...params, ...(seed === undefined ? {} : { seed }), ...(path === undefined ? {} : { path }) };
}
