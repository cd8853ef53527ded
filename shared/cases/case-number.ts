// Human-readable case numbers: YYYY-MMDD-<device prefix>-NNNN, e.g. 2026-1121-AB-0042.
// The date is the Shanghai date of registration; the counter runs per device and per day, so
// two PCs working offline never mint the same number (their prefixes differ).

export const CASE_NUMBER_RE = /^(\d{4})-(\d{2})(\d{2})-([A-Z]{1,4})-(\d{4,})$/;

/** `date` is YYYY-MM-DD. */
export function formatCaseNumber(date: string, prefix: string, seq: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Invalid date ${date}`);
  if (!/^[A-Z]{1,4}$/.test(prefix)) throw new RangeError(`Invalid device prefix ${prefix}`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Invalid sequence ${seq}`);
  return `${date.slice(0, 4)}-${date.slice(5, 7)}${date.slice(8, 10)}-${prefix}-${String(seq).padStart(4, '0')}`;
}

export function parseCaseNumber(number: string): { date: string; prefix: string; seq: number } | null {
  const m = CASE_NUMBER_RE.exec(number);
  if (!m) return null;
  return { date: `${m[1]}-${m[2]}-${m[3]}`, prefix: m[4]!, seq: Number(m[5]) };
}
