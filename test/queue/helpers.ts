// Shared by the queue tests: workers as real child processes, and the stored result read back.
import type { ChildProcess } from "node:child_process";
import { expect } from "vitest";
import { openStore, type StoredDocument } from "../../src/store/index.js";
import type { MergedDataset } from "../../src/schema/index.js";
import { runCli, spawnCli } from "../helpers/cli.js";

/** a worker tuned for tests: short polls, frequent maintenance (expired jobs found within a second or two) */
export const FAST = ["--poll-s", "0.5", "--maintenance-s", "1", "--merge-delay-s", "1"];

export type Worker = ChildProcess & { output: Promise<{ code: number | null; stderr: string }>; ready: Promise<void> };

export function startWorker(db: string, extra: string[] = []): Worker {
  const child = spawnCli(["worker", "--db", db, ...FAST, ...extra]);
  let stderr = "";
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  child.stderr!.setEncoding("utf8").on("data", (s: string) => {
    stderr += s;
    if (/taking jobs/.test(stderr)) ready();
  });
  child.stdout!.resume();
  const output = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stderr })));
  // a worker that exits before it takes jobs fails the test with what it said, instead of leaving it waiting
  const readyOrDead = Promise.race([
    isReady,
    output.then(({ code, stderr }) => {
      throw new Error(`worker exited (${code}) before taking jobs: ${stderr.trim()}`);
    }),
  ]);
  readyOrDead.catch(() => {});
  return Object.assign(child, { output, ready: readyOrDead });
}

/** Three (or n) workers that stop when nothing is left anywhere; each must end with exit 0. */
export async function drain(db: string, n: number, extra: string[] = []): Promise<void> {
  const done = await Promise.all(Array.from({ length: n }, () => startWorker(db, ["--until-idle", ...extra]).output));
  for (const d of done) expect(d.code, d.stderr).toBe(0);
}

export async function enqueue(db: string, args: string[]): Promise<string> {
  const r = await runCli(["enqueue", ...args, "--db", db]);
  expect(r.code, r.stderr).toBe(0);
  return r.stderr;
}

export async function statusOf(db: string): Promise<{
  pages: Record<string, number>;
  merges: Record<string, number>;
  failures: { input: string; error: string; attempts: number }[];
  store: { pages: number; documents: number };
  unmerged: number;
}> {
  const r = await runCli(["status", "--db", db, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

export async function stored(db: string): Promise<{ dataset: MergedDataset | null; documents: StoredDocument[] }> {
  const store = await openStore(db, { mustExist: true });
  try {
    return { dataset: await store.getDataset(), documents: await store.listDocuments() };
  } finally {
    await store.close();
  }
}

/** Waits until no job is queued, retrying or running (workers started without --until-idle keep going). */
export async function untilIdle(db: string): Promise<void> {
  for (;;) {
    const s = await statusOf(db);
    if (s.pages.queued + s.pages.retrying + s.pages.running + s.merges.queued + s.merges.running === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}
