// What an import knows of the stored records: looked up by the keys the file holds, one indexed
// lookup per key the first time it is asked for, remembered for the rest of the plan (with the
// records the plan itself creates, e.g. a new household). An import of 10,000 rows into a
// ledger of a million reads 10,000 records, not a million (docs/performance.md).

export class KeyedLookup<V> {
  private readonly memo = new Map<string, V | null>();

  constructor(private readonly fetch: (key: string) => V | undefined) {}

  get(key: string): V | undefined {
    let v = this.memo.get(key);
    if (v === undefined) {
      v = this.fetch(key) ?? null;
      this.memo.set(key, v);
    }
    return v ?? undefined;
  }

  /** A record the plan creates (or one it has just read), found under `key` from now on. */
  set(key: string, value: V): void {
    this.memo.set(key, value);
  }

  /** The records looked up or set so far (those the file's rows named). */
  *values(): IterableIterator<V> {
    for (const v of this.memo.values()) if (v !== null) yield v;
  }
}

/** Splits a composite key at its first '|' (ids never hold one; the rest may). */
export function splitKey(key: string): [string, string] {
  const i = key.indexOf('|');
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + 1)];
}
