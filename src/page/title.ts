// <title> → the headline without the site name after a separator (标题_晋东新闻网, 标题 - 晋东日报).

// a run of spaces is tried from its first character only: the first match starts there anyway (linear)
export const TITLE_SEPARATOR = /(?<!\s)\s*(?:[_|丨–—]|\s-\s|--)\s*/u;

/** the part before the first separator, when it is long enough to be a headline */
export function cleanDocumentTitle(title: string): string | null {
  const trimmed = title.trim();
  const separator = TITLE_SEPARATOR.exec(trimmed);
  const first = (separator === null ? trimmed : trimmed.slice(0, separator.index)).trim();
  return first.length >= 4 ? first : title.trim() || null;
}
