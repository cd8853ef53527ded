// Spreadsheet cell addresses: column letters and A1 ranges.

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1-style range from 0-based column indices and 1-based rows. */
export function rangeOf(col1: number, row1: number, col2: number, row2: number): string {
  return `${columnLetter(col1)}${row1}:${columnLetter(col2)}${row2}`;
}
