// One input's outcome in a batch: the document (as the object the pipeline built or the JSON text a worker
// posted) or a named failure; and the bounded window that hands outcomes on in input order.
import type { InputRef } from "../input/index.js";
import type { ExtractionDocument } from "../schema/index.js";

export interface WorkerFailure {
  input: string;
  code: string;
  reason: string;
}

/** A finished document, as the object the pipeline built or as the JSON text a worker posted; each form is
 *  made from the other only when read (`zhpress extract` writes a worker's text without parsing it again). */
export interface Extracted {
  readonly doc: ExtractionDocument;
  readonly json: string;
}

/** One input's outcome, as a worker posts it back (the same shape for the in-process path). */
export type Outcome = ({ ok: true } & Extracted) | { ok: false; failure: WorkerFailure };

export function fromDocument(doc: ExtractionDocument): Outcome {
  let json: string | undefined;
  return {
    ok: true,
    doc,
    get json() {
      return (json ??= JSON.stringify(doc));
    },
  };
}

export function fromJson(json: string): Outcome {
  let doc: ExtractionDocument | undefined;
  return {
    ok: true,
    json,
    get doc() {
      return (doc ??= JSON.parse(json) as ExtractionDocument);
    },
  };
}

/**
 * Runs every ref through `extract` with at most `window` results waiting, yielding them in input order (an
 * outcome for `extract`, a store step for `run`).
 * The window bounds memory: a slow first input holds back at most `window` finished documents.
 */
export async function* inOrder<T = Outcome>(refs: InputRef[], extract: (ref: InputRef) => Promise<T>, window: number): AsyncGenerator<T> {
  const pending: Promise<T>[] = [];
  let next = 0;
  while (next < refs.length && pending.length < window) pending.push(extract(refs[next++]));
  while (pending.length > 0) {
    const outcome = await pending.shift()!;
    if (next < refs.length) pending.push(extract(refs[next++]));
    yield outcome;
  }
}
