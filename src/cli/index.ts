#!/usr/bin/env node
// The zhpress executable: the only place that calls process.exit.
import { handleError } from "./handle-error.js";
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => process.exit(handleError(e)),
);
