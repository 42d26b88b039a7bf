/** true when text[at] is an ASCII digit 0–9 (what /\d/ matches); false past either end */
export function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
}
