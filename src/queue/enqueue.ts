// `zhpress enqueue`: inputs → jobs. Files and stdin are read here and their bytes stored in the database
// (a worker on another machine cannot read this machine's paths); URLs are fetched by the workers.
import { createHash, randomUUID } from "node:crypto";
import { resolve } from "node:path";
import PgBoss from "pg-boss";
import { expandInputs, labelOf, readInput, type InputRef } from "../input/index.js";
import type { Options } from "../options.js";
import { PAGES, type PageJob, type Queue } from "./boss.js";

export interface JobPolicy {
  /** a job running longer than this is taken as lost (its worker died) and given to another worker */
  timeoutSeconds: number;
  /** attempts after the first, with doubling delays; then the job is dead-lettered with its error */
  retries: number;
  retryDelaySeconds: number;
}

export const DEFAULT_JOB_POLICY: JobPolicy = { timeoutSeconds: 600, retries: 3, retryDelaySeconds: 30 };

export interface EnqueueResult {
  queued: number;
  /** files whose bytes are already stored: nothing to do */
  unchanged: number;
  /** already waiting in the queue */
  alreadyQueued: number;
  failures: { input: string; reason: string }[];
}

/** What identifies an input across runs: the absolute path, the URL as given, or stdin by its bytes. */
export function inputKeyOf(ref: InputRef, bytesHash: string | null): string {
  return ref.kind === "file" ? resolve(ref.path) : ref.kind === "url" ? ref.url : `stdin:${bytesHash}`;
}

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

export async function enqueueInputs(queue: Queue, inputs: string[], opts: Options, policy: JobPolicy): Promise<EnqueueResult> {
  const { refs, failures: expandFailures } = await expandInputs(inputs);
  const result: EnqueueResult = { queued: 0, unchanged: 0, alreadyQueued: 0, failures: [] };
  for (const e of expandFailures) result.failures.push({ input: e.input, reason: e.message.slice(e.input.length + 2) });
  const jobs: PageJob[] = [];
  for (const ref of refs) {
    try {
      const job = await jobFor(queue, ref, opts);
      if (job) jobs.push(job);
      else result.unchanged++;
    } catch (e) {
      const err = e as Error & { input?: string };
      result.failures.push({ input: err.input ?? labelOf(ref), reason: err.input ? err.message.slice(err.input.length + 2) : err.message });
    }
  }
  for (let i = 0; i < jobs.length; i += 500) {
    const chunk = jobs.slice(i, i + 500);
    const ids = chunk.map(() => randomUUID());
    await queue.boss.insert(chunk.map((data, j) => ({ id: ids[j], ...toInsert(data, policy) })));
    const added = await present(queue, ids);
    result.queued += added;
    result.alreadyQueued += chunk.length - added;
  }
  return result;
}

/** The job for one input, or null when its bytes are already stored. */
async function jobFor(queue: Queue, ref: InputRef, opts: Options): Promise<PageJob | null> {
  const label = labelOf(ref);
  if (ref.kind === "url") return { kind: "url", inputKey: inputKeyOf(ref, null), url: ref.url, label };
  const loaded = await readInput(ref, opts);
  const bytesHash = sha256(loaded.bytes);
  const inputKey = inputKeyOf(ref, bytesHash);
  if (await queue.store.hasInput(inputKey, bytesHash)) return null;
  const path = ref.kind === "file" ? ref.path : null;
  await queue.store.pool.query(
    "INSERT INTO queued_bytes (input_key, bytes_hash, path, bytes) VALUES ($1, $2, $3, $4) ON CONFLICT (input_key, bytes_hash) DO NOTHING",
    [inputKey, bytesHash, path, Buffer.from(loaded.bytes.buffer, loaded.bytes.byteOffset, loaded.bytes.byteLength)],
  );
  return { kind: "bytes", inputKey, bytesHash, path, label };
}

function toInsert(data: PageJob, policy: JobPolicy): PgBoss.JobInsert<PageJob> {
  return {
    name: PAGES,
    data,
    singletonKey: data.kind === "url" ? data.inputKey : `${data.inputKey}|${data.bytesHash}`,
    expireInSeconds: policy.timeoutSeconds,
    retryLimit: policy.retries,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
  };
}

/** how many of these jobs the insert kept (a job already waiting for the same input is not queued twice) */
async function present(queue: Queue, ids: string[]): Promise<number> {
  const { rows } = await queue.store.pool.query<{ n: number }>(
    "SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])",
    [PAGES, ids],
  );
  return rows[0].n;
}
