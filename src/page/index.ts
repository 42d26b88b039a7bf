// Page reading: decoded HTML or plain text → main text + metadata (title, date, 来源, 记者, 编辑).
export type { Page } from "./types.js";
export { readPage } from "./page.js";
