// The merge job: the whole stored set re-merged, exactly as the embedded run merges it, and the dataset
// replaced in one transaction. Merges run one at a time across all machines (a session advisory lock, which a
// killed worker's connection drops with it); running one twice gives the same dataset (idempotent).
import { mergeDocuments } from "../merge/index.js";
import { withSessionLock } from "../store/pg-sql.js";
import type { Queue } from "./boss.js";

export interface MergeOutcome {
  documents: number;
  rounds: number;
}

export async function runMergeJob(queue: Queue): Promise<MergeOutcome> {
  const { store } = queue;
  return withSessionLock(store.pool, "'merge'", async (client) => {
    const t0 = performance.now();
    const docs = (await store.listDocuments()).map((d) => d.document);
    const dataset = mergeDocuments(docs);
    await store.replaceDataset(dataset);
    // how long it took sets how long the next one waits (page-job.ts)
    await client.query(
      `INSERT INTO merge_state (id, seconds, documents, finished_at) VALUES (1, $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET seconds = excluded.seconds, documents = excluded.documents, finished_at = excluded.finished_at`,
      [(performance.now() - t0) / 1000, docs.length],
    );
    return { documents: docs.length, rounds: dataset.rounds.length };
  });
}
