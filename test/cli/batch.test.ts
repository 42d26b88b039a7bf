// extractBatch in one process: the event loop gets a turn while a long batch runs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { extractBatch } from "../../src/cli/batch.js";
import { resolveOptions } from "../../src/options.js";

// written for this test; no round figures needed, only something to extract
const ARTICLE = "太原经开区项目开工\n2024-01-05\n太原经济技术开发区一批新项目开工,计划总投资约12.5亿元。\n";

test("callbacks waiting for a turn of the event loop run during the batch, not after it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "zhpress-batch-"));
  const files = Array.from({ length: 100 }, (_, i) => join(dir, `a${i}.txt`));
  for (const f of files) writeFileSync(f, ARTICLE);
  let written = 0;
  const seenAt: number[] = [];
  // what a stream's write callback or a signal handler waits for
  const watch = () =>
    setImmediate(() => {
      seenAt.push(written);
      if (written < files.length) watch();
    });
  watch();
  const r = await extractBatch(files, resolveOptions({ workers: 0, quiet: true }), async () => void written++);
  expect(r.documents).toBe(files.length);
  expect(seenAt.filter((n) => n > 0 && n < files.length).length).toBeGreaterThanOrEqual(2);
});
