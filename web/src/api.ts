// Reads the JSON API; an error answer becomes an Error carrying the server's message.
export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") query.set(k, String(v));
  const res = await fetch(`/api/${path}${query.size ? `?${query}` : ""}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body as T;
}

export const part = encodeURIComponent;

/** Links inside the page: #/round/<key>, #/article/<id>?hl=start-end, … */
export const href = {
  round: (key: string) => `#/round/${part(key)}`,
  article: (id: string, span?: { start: number; end: number }) => `#/article/${part(id)}${span ? `?hl=${span.start}-${span.end}` : ""}`,
  person: (key: string) => `#/person/${part(key)}`,
  zone: (name: string) => `#/zone/${part(name)}`,
};
