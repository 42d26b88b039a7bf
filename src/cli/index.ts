#!/usr/bin/env node
// The zhpress executable: the only place that calls process.exit.
import { handleError } from "./handle-error.js";
import { main } from "./main.js";
import { tuneTierUp } from "./tier-up.js";

// before any document is read: the same compilations as `node --interrupt-budget=…` (test/cli/tier-up.test.ts)
tuneTierUp();

// a reader that stops early (zhpress extract … | head -1) closes the pipe: that is the end, not an error
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : handleError(e)));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => process.exit(handleError(e)),
);
