// The key columns of each ledger name columns its table has: a renamed field cannot quietly
// drop out of the columns that always show at 1366×768.
import { describe, expect, it } from 'vitest';
import { KEY_COLUMNS } from '../../../renderer/src/pages/registry/ledger-key-columns';
import { LEDGER_FIELDS } from '../../../shared/registry/fields';
import type { ImportKind } from '../../../shared/registry/registry-types';

describe('ledger key columns', () => {
  it.each(Object.keys(LEDGER_FIELDS) as ImportKind[])('%s: every key column is one of the grid columns', (kind) => {
    const set = LEDGER_FIELDS[kind];
    const ids = set.gridOrder.map((key) => {
      const f = set.fields.find((x) => x.key === key);
      return f ? (f.record ?? f.key) : key;
    });
    expect(KEY_COLUMNS[kind].filter((id) => !ids.includes(id))).toEqual([]);
  });
});
