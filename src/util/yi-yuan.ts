// Whole yuan → 亿元 as a decimal string, exact (string arithmetic, no floating point): 128860000000 → "1288.6".
export function yiYuan(yuan: number | null | undefined): string | null {
  if (yuan === null || yuan === undefined) return null;
  const digits = String(yuan).padStart(9, "0");
  const frac = digits.slice(-8).replace(/(?<!0)0+$/, "");
  return `${digits.slice(0, -8)}${frac ? `.${frac}` : ""}`;
}
