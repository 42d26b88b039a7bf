// `zhpress serve --db FILE`: the JSON API and the review page over a database from `zhpress run --db`,
// until SIGINT or SIGTERM. Binds 127.0.0.1 unless --host says otherwise.
import { startServer, type ServeOptionsInput } from "../../serve/index.js";
import { openStore } from "../../store/index.js";
import { UsageError } from "../handle-error.js";

export interface ServeArgs {
  db: string;
  options: ServeOptionsInput;
}

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

export async function serveCommand(args: ServeArgs): Promise<number> {
  const store = await openStore(args.db, { mustExist: true });
  let server;
  try {
    server = await startServer(store, args.options);
  } catch (e) {
    await store.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === "EADDRINUSE" || err.code === "EACCES" || err.code === "EADDRNOTAVAIL")
      throw new UsageError(`cannot listen on ${args.options.host ?? "127.0.0.1"}:${args.options.port ?? 8080} (${err.code})`);
    throw e;
  }
  process.stdout.write(
    `zhpress serve: ${server.url}/ (review page), ${server.url}/api/ (API, ${server.url}/api/openapi.json); Ctrl-C stops\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await store.close();
  return 0;
}
