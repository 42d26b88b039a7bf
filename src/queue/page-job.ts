// One page job: get the bytes (stored at enqueue time, or fetched politely), extract, store in one
// transaction, ask for a merge. Safe to run twice: a retried job finds its document stored and stops.
import { fetchUrl, InputError, type LoadedBytes } from "../input/index.js";
import { assertUsable } from "../input/read.js";
import type { Options } from "../options.js";
import { extractFromBytes } from "../pipeline.js";
import type { Politeness } from "../input/fetch.js";
import type { PageRecord } from "../store/types.js";
import { MERGES, PAGES, type PageJob, type Queue } from "./boss.js";
import { sha256 } from "./enqueue.js";

export type PageOutcome = "stored" | "unchanged";

export interface PageContext {
  queue: Queue;
  opts: Options;
  politely: Politeness;
  /** seconds a merge waits after being asked for, so one merge covers many pages */
  mergeDelaySeconds: number;
}

// failures that another attempt cannot change: the job is dead-lettered at once instead of retried
const FINAL_CODES = new Set(["empty", "binary", "too-large", "not-text", "bad-redirect", "redirect-loop", "redirects", "bad-url"]);
const isFinal = (e: unknown) =>
  e instanceof InputError && (FINAL_CODES.has(e.code) || (e.code === "http-status" && /HTTP 4(?!29)\d\d/.test(e.message)));

export async function runPageJob(ctx: PageContext, jobId: string, job: PageJob): Promise<PageOutcome> {
  try {
    const outcome = await bringIn(ctx, job);
    await requestMerge(ctx);
    return outcome;
  } catch (e) {
    if (isFinal(e))
      await ctx.queue.store.pool.query("UPDATE pgboss.job SET retry_limit = retry_count WHERE name = $1 AND id = $2", [PAGES, jobId]);
    throw e;
  }
}

async function bringIn(ctx: PageContext, job: PageJob): Promise<PageOutcome> {
  const { store } = ctx.queue;
  const fetchedAt = new Date().toISOString();
  let loaded: LoadedBytes;
  let bytesHash: string;
  if (job.kind === "url") {
    loaded = await fetchUrl(job.url, ctx.opts.fetch, { politely: ctx.politely });
    assertUsable(job.label, loaded.bytes);
    bytesHash = sha256(loaded.bytes);
    if (await store.hasInput(job.inputKey, bytesHash)) return "unchanged";
  } else {
    bytesHash = job.bytesHash;
    const { rows } = await store.pool.query<{ bytes: Buffer }>("SELECT bytes FROM queued_bytes WHERE input_key = $1 AND bytes_hash = $2", [
      job.inputKey,
      bytesHash,
    ]);
    // no bytes: an earlier attempt stored the document and cleared them
    if (rows.length === 0) {
      if (await store.hasInput(job.inputKey, bytesHash)) return "unchanged";
      throw new Error(`${job.label}: its bytes are no longer in the queue (enqueue it again)`);
    }
    const bytes = new Uint8Array(rows[0].bytes);
    loaded = { source: job.path === null ? {} : { path: job.path }, label: job.label, bytes, contentType: null };
  }
  const doc = extractFromBytes(loaded);
  const page: PageRecord = {
    inputKey: job.inputKey,
    bytesHash,
    path: job.kind === "bytes" ? job.path : null,
    url: job.kind === "url" ? job.url : null,
    finalUrl: loaded.finalUrl ?? null,
    contentType: loaded.contentType,
    byteLength: loaded.bytes.length,
    fetchedAt,
  };
  await store.putDocument(page, doc);
  if (job.kind === "bytes")
    await store.pool.query("DELETE FROM queued_bytes WHERE input_key = $1 AND bytes_hash = $2", [job.inputKey, bytesHash]);
  return "stored";
}

/** Merges take at most a fifth of the time: the next waits four times as long as the last took (at least the
 * configured delay, at most a minute); pages are written meanwhile. */
const MERGE_GAP = 4;
const MERGE_GAP_MAX_S = 60;

/** One merge waits at a time (the queue's policy drops a second request while one waits); it covers every page stored before it starts. */
async function requestMerge(ctx: PageContext): Promise<void> {
  const { rows } = await ctx.queue.store.pool.query<{ seconds: number }>("SELECT seconds FROM merge_state WHERE id = 1");
  const gap = Math.min(MERGE_GAP_MAX_S, Math.max(ctx.mergeDelaySeconds, MERGE_GAP * (rows[0]?.seconds ?? 0)));
  await ctx.queue.boss.send(MERGES, {}, { singletonKey: "merge", startAfter: Math.round(gap) });
}
