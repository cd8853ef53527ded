// Each record's grid and whether it is archived, by rowid: 5 bytes a record. Kept by a
// connection for the houses and the people (record-keys.ts) and by the character tallies
// (grid-chars.ts), which need a record's grid before a write moved it.
export class GridKeys {
  /** Each rowid's grid as a code (0: no house read at that rowid). */
  private grid: Int32Array;
  /** 1 where the house is archived. */
  private archivedAt: Uint8Array;
  private readonly codes = new Map<string, number>();
  private readonly ids: string[] = [''];

  constructor(
    /** The change position the keys were read at (or after). */
    public seq: number,
    size: number,
  ) {
    this.grid = new Int32Array(size);
    this.archivedAt = new Uint8Array(size);
  }

  /** The code of a grid (undefined: no house read is in it). */
  codeOf(gridId: string): number | undefined {
    return this.codes.get(gridId);
  }

  /** The grid of a code. */
  gridOf(code: number): string {
    return this.ids[code]!;
  }

  /** The grid code of a rowid (0: not read). */
  gridCode(rowid: number): number {
    return rowid < this.grid.length ? this.grid[rowid]! : 0;
  }

  archived(rowid: number): boolean {
    return this.archivedAt[rowid] === 1;
  }

  put(rowid: number, gridId: string, archived: number): void {
    if (rowid >= this.grid.length) this.grow(rowid + 1);
    let code = this.codes.get(gridId);
    if (code === undefined) {
      this.codes.set(gridId, (code = this.ids.length));
      this.ids.push(gridId);
    }
    this.grid[rowid] = code;
    this.archivedAt[rowid] = archived ? 1 : 0;
  }

  private grow(min: number): void {
    const size = Math.max(min, Math.ceil(this.grid.length * 1.5));
    const grid = new Int32Array(size);
    grid.set(this.grid);
    const archived = new Uint8Array(size);
    archived.set(this.archivedAt);
    this.grid = grid;
    this.archivedAt = archived;
  }

  /**
   * The records of `rowids` per grid, those of the scope's grids (null: all) and live ones only
   * unless `archived`; null when one is not among the keys (written outside the change writer:
   * the caller counts with SQL).
   */
  countByGrid(rowids: Iterable<number>, scope: readonly string[] | null, archived: boolean): Map<string, number> | null {
    const inScope = scope && new Set(scope.map((id) => this.codeOf(id) ?? 0));
    const byCode = new Map<number, number>();
    for (const rowid of rowids) {
      const code = this.gridCode(rowid);
      if (code === 0) return null;
      if ((!archived && this.archived(rowid)) || (inScope && !inScope.has(code))) continue;
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
    }
    return new Map([...byCode].map(([code, n]) => [this.gridOf(code), n]));
  }
}
