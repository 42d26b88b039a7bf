// Waiting on a condition another process makes true (a file appears, a row is stored): poll it until it holds.
// The test's own timeout is the only bound, so a loaded machine makes the wait longer, never a failure; the
// polling stops with the test, so a test that failed or timed out leaves nothing polling behind it.
import { setTimeout as sleep } from "node:timers/promises";
import { onTestFinished } from "vitest";

export async function waitFor(condition: () => boolean | Promise<boolean>, everyMs = 25): Promise<void> {
  let finished = false;
  onTestFinished(() => void (finished = true));
  while (!(await condition())) {
    if (finished) throw new Error("waitFor: the test ended before the condition held");
    await sleep(everyMs);
  }
}
