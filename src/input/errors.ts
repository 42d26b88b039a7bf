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
