import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import atomicWrite from "write-file-atomic";

/** The file appears whole or not at all; its temporary file is removed even on Ctrl-C (write-file-atomic, via signal-exit). */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await atomicWrite(path, content);
}
