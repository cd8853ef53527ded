// File names and types of the registry's downloads.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 20261121-0930 in China time, for file names. */
export function fileStamp(nowMs: number): string {
  const s = new Date(nowMs + 8 * 3600_000).toISOString();
  return `${s.slice(0, 10).replace(/-/g, '')}-${s.slice(11, 16).replace(':', '')}`;
}

/** A file name without the characters Windows refuses. */
export function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|]/g, '-');
}

/** A worksheet name Excel accepts: ≤ 31 characters, none of []:*?/\, unique in the book. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)}-${i}`;
  taken.add(candidate);
  return candidate;
}
