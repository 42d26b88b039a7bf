// Module hooks for module-log.mjs: they run in the loader's own thread, so they append to a file.
import { appendFileSync } from "node:fs";

export async function load(url, context, next) {
  if (process.env.ZHPRESS_MODULE_LOG) appendFileSync(process.env.ZHPRESS_MODULE_LOG, url + "\n");
  return next(url, context);
}
