// `zhpress status`: where the work stands — jobs queued, retrying, running, done and failed (with their
// errors), what the store holds, and whether the dataset has caught up with the stored documents.
import type { StoreStats } from "../store/types.js";
import { counted } from "../util/index.js";
import { DEAD, MERGES, PAGES, type Queue } from "./boss.js";

export interface QueueStatus {
  pages: { queued: number; retrying: number; running: number; done: number; failed: number };
  merges: { queued: number; running: number; done: number; failed: number };
  /** failed for good (dead-lettered), newest first: the input and the last error */
  failures: { input: string; error: string; attempts: number; at: string }[];
  /** waiting to retry: the input, the error of the last attempt and when the next one starts */
  retrying: { input: string; error: string; attempts: number; next: string }[];
  store: StoreStats;
  /** documents stored since the dataset was last merged */
  unmerged: number;
}

// a thrown error is kept as {message, stack}; an expired job as {value: {message}}
const MESSAGE = "COALESCE(output->>'message', output->'value'->>'message')";
const STATES = { created: "queued", retry: "retrying", active: "running", completed: "done", failed: "failed" } as const;

export async function queueStatus(queue: Queue, limit = 20): Promise<QueueStatus> {
  const db = queue.store.pool;
  // finished jobs move to the archive after a while: both are counted
  const { rows: counts } = await db.query<{ name: string; state: keyof typeof STATES; n: number }>(
    `SELECT name, state::text AS state, COUNT(*)::int AS n FROM (
       SELECT name, state FROM pgboss.job WHERE name = ANY($1) UNION ALL SELECT name, state FROM pgboss.archive WHERE name = ANY($1)
     ) j GROUP BY name, state`,
    [[PAGES, MERGES]],
  );
  const pages = { queued: 0, retrying: 0, running: 0, done: 0, failed: 0 };
  const merges = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const c of counts) {
    const key = STATES[c.state];
    if (!key) continue;
    if (c.name === PAGES) pages[key] += c.n;
    else if (key !== "retrying") merges[key] += c.n;
    else merges.queued += c.n;
  }
  const { rows: dead } = await db.query(
    `SELECT data->>'label' AS input, ${MESSAGE} AS error, retry_limit + 1 AS attempts, created_on AS at
     FROM pgboss.job WHERE name = $1 ORDER BY created_on DESC LIMIT $2`,
    [DEAD, limit],
  );
  const { rows: retrying } = await db.query(
    `SELECT data->>'label' AS input, ${MESSAGE} AS error, retry_count + 1 AS attempts, start_after AS next
     FROM pgboss.job WHERE name = $1 AND state = 'retry' ORDER BY start_after LIMIT $2`,
    [PAGES, limit],
  );
  const store = await queue.store.stats();
  const { rows: late } = await db.query<{ n: number }>(
    "SELECT COUNT(*)::int AS n FROM documents WHERE stored_at > COALESCE((SELECT merged_at FROM dataset WHERE id = 1), '')",
  );
  const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : String(d));
  return {
    pages,
    merges,
    failures: dead.map((r) => ({ input: r.input, error: r.error ?? "?", attempts: Number(r.attempts), at: iso(r.at) })),
    retrying: retrying.map((r) => ({ input: r.input, error: r.error ?? "?", attempts: Number(r.attempts), next: iso(r.next) })),
    store,
    unmerged: late[0].n,
  };
}

export function formatStatus(s: QueueStatus): string {
  const p = s.pages;
  const lines = [
    `pages    queued ${p.queued}, retrying ${p.retrying}, running ${p.running}, done ${p.done}, failed ${p.failed}`,
    `merges   queued ${s.merges.queued}, running ${s.merges.running}, done ${s.merges.done}, failed ${s.merges.failed}`,
    `store    ${s.store.pages} pages, ${s.store.documents} documents, ${s.store.articles} articles, ${s.store.rounds} rounds, ` +
      `${s.store.people} people, ${s.store.zones} zones`,
    `dataset  ${s.store.mergedAt ? `merged ${s.store.mergedAt}` : "not merged yet"}${s.unmerged ? `, ${s.unmerged} documents since` : ""}`,
  ];
  if (s.retrying.length)
    lines.push("retrying:", ...s.retrying.map((r) => `  ${r.input}: ${r.error} (attempt ${r.attempts}; next at ${r.next})`));
  if (s.failures.length)
    lines.push("failed:", ...s.failures.map((f) => `  ${f.input}: ${f.error} (after ${counted(f.attempts, "attempt")})`));
  return lines.join("\n");
}
