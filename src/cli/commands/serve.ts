// `zhpress serve --db FILE`: the JSON API and the review page over a database from `zhpress run --db`,
// until SIGINT or SIGTERM. Binds 127.0.0.1 unless --host says otherwise.
import { startServer, type ServeOptionsInput } from "../../serve/index.js";
import { openStore } from "../../store/index.js";
import { UsageError } from "../handle-error.js";

export interface ServeArgs {
  db: string;
  options: ServeOptionsInput;
}

export { serveOptions, type ServeFlags } from "../serve-flags.js";

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
