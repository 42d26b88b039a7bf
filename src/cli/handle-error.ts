// One place turns any error into a message: a user error is one line, never a stack trace.
import { ZodError } from "zod";
import { InputError } from "../input/index.js";
import { StoreError } from "../store/errors.js";

/** A mistake in how the command was called (exit 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const EXIT = { ok: 0, partial: 1, usage: 2, internal: 3 } as const;

export function handleError(err: unknown, write: (line: string) => void = (l) => process.stderr.write(l + "\n")): number {
  if (err instanceof UsageError) {
    write(`zhpress: ${err.message}`);
    return EXIT.usage;
  }
  if (err instanceof InputError || err instanceof StoreError) {
    write(`zhpress: ${err.message}`);
    return EXIT.usage;
  }
  if (err instanceof ZodError) {
    write(`zhpress: invalid record: ${err.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`);
    return EXIT.internal;
  }
  const e = err as { code?: string; message?: string; stack?: string };
  if (e?.code === "EPIPE") return EXIT.ok;
  write(`zhpress: internal error: ${e?.message ?? String(err)}`);
  if (process.env.ZHPRESS_DEBUG) write(e?.stack ?? "");
  return EXIT.internal;
}
