// `zhpress serve` flags → serve options, apart from the server: parsing flags does not load hono or the store.
import type { ServeOptionsInput } from "../serve/index.js";
import { UsageError } from "./handle-error.js";

export interface ServeFlags {
  db: string;
  port?: string;
  host?: string;
  allowPrivate?: boolean;
  maxBodyMb?: string;
  rateLimit?: string;
  extractRateLimit?: string;
}

/** Flags → serve options; a bad number is a usage error naming the flag. */
export function serveOptions(flags: ServeFlags): ServeOptionsInput {
  const whole = (v: string | undefined, name: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} wants a whole number from ${min} to ${max}, got "${v}"`);
    return n;
  };
  const mb = flags.maxBodyMb === undefined ? undefined : Number(flags.maxBodyMb);
  if (mb !== undefined && !(mb > 0)) throw new UsageError(`--max-body-mb wants a positive number, got "${flags.maxBodyMb}"`);
  return {
    host: flags.host,
    port: whole(flags.port, "--port", 0, 65535),
    allowPrivate: flags.allowPrivate ?? false,
    maxBodyBytes: mb === undefined ? undefined : Math.round(mb * 1024 * 1024),
    rateLimit: {
      requests: whole(flags.rateLimit, "--rate-limit", 1),
      extractions: whole(flags.extractRateLimit, "--extract-rate-limit", 1),
    },
  };
}
