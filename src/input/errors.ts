/** An input that cannot be used at all: named, with a reason, and the batch goes on. */
export class InputError extends Error {
  readonly input: string;
  readonly code: string;
  constructor(input: string, code: string, reason: string) {
    super(`${input}: ${reason}`);
    this.name = "InputError";
    this.input = input;
    this.code = code;
  }
}

/** the error for a document over its time budget: named, so the batch reports it and goes on */
export function docTimeout(label: string, budgetMs: number, stage?: string): InputError {
  const where = stage === undefined ? "" : ` (abandoned after the ${stage} stage)`;
  return new InputError(
    label,
    "doc-timeout",
    `took longer than the per-document budget of ${budgetMs} ms${where}; raise it with --doc-timeout-ms`,
  );
}
