// The progress bar on stderr (cli-progress): only for a person watching (a terminal, not --quiet) and
// only once a run has taken a few seconds, so short runs and pipes stay clean.
// cli-progress is required when a bar is first shown: a quiet or piped run never loads it
import type { SingleBar } from "cli-progress";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const SHOW_AFTER_MS = 2000;

export interface ProgressSettings {
  quiet: boolean;
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** the clock, for tests */
  now?: () => number;
}

export function progressBar({ quiet, stream = process.stderr, now = Date.now }: ProgressSettings): (done: number, total: number) => void {
  if (quiet || !stream.isTTY) return () => {};
  const started = now();
  let bar: SingleBar | null = null;
  return (done, total) => {
    if (!bar) {
      if (done >= total || now() - started < SHOW_AFTER_MS) return;
      const { Presets, SingleBar } = require("cli-progress") as typeof import("cli-progress");
      bar = new SingleBar(
        {
          stream,
          format: "zhpress {bar} {value}/{total} inputs, {eta_formatted} left",
          hideCursor: false,
          etaBuffer: 50,
          noTTYOutput: false,
        },
        Presets.shades_classic,
      );
      bar.start(total, done);
    } else bar.update(done);
    if (done >= total) bar.stop();
  };
}
