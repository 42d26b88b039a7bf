// The merge job: when documents were stored since the last merge (unmerged_documents, filled by a trigger in
// the storing transaction), the whole stored set is re-merged exactly as the embedded run merges it and the
// dataset replaced in one transaction; when none were, it returns at once and writes nothing. Merges run one
// at a time across all machines (a session advisory lock, which a killed worker's connection drops with it);
// running one twice gives the same dataset (idempotent).
import { mergeDocuments } from "../merge/index.js";
import { withSessionLock } from "../store/pg-sql.js";
import type { Queue } from "./boss.js";

export interface MergeOutcome {
  /** false when nothing was stored since the last merge: the dataset was left as it was */
  merged: boolean;
  documents: number;
  rounds: number;
}

export async function runMergeJob(queue: Queue): Promise<MergeOutcome> {
  const { store } = queue;
  return withSessionLock(store.pool, "'merge'", async (client) => {
    // read before the documents: every row seen here belongs to a document the merge below reads
    const seen = (await client.query<{ id: number }>("SELECT id FROM unmerged_documents")).rows.map((r) => Number(r.id));
    if (seen.length === 0) {
      const { rows } = await client.query<{ documents: number; rounds: number }>(
        `SELECT m.documents, (SELECT COUNT(*)::int FROM rounds) AS rounds FROM merge_state m, dataset d WHERE m.id = 1 AND d.id = 1`,
      );
      // a first merge (or a dataset written before this table existed) is never skipped
      if (rows.length) return { merged: false, documents: Number(rows[0].documents), rounds: rows[0].rounds };
    }
    const t0 = performance.now();
    const docs = (await store.listDocuments()).map((d) => d.document);
    const dataset = mergeDocuments(docs);
    await store.replaceDataset(dataset);
    // ids, not a range: a row with a smaller id may commit after this merge read the table
    await client.query("DELETE FROM unmerged_documents WHERE id = ANY($1::bigint[])", [seen]);
    // how long it took sets how long the next one waits (page-job.ts)
    await client.query(
      `INSERT INTO merge_state (id, seconds, documents, finished_at) VALUES (1, $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET seconds = excluded.seconds, documents = excluded.documents, finished_at = excluded.finished_at`,
      [(performance.now() - t0) / 1000, docs.length],
    );
    return { merged: true, documents: docs.length, rounds: dataset.rounds.length };
  });
}
