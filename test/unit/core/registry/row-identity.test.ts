import { describe, expect, it } from 'vitest';
import { IMPORT_SPECS } from '../../../../shared/registry/import-fields';
import { rowIdentity } from '../../../../electron/core/registry/import/row-identity';

describe('import row identity', () => {
  const people = { name: 0, citizenId: 1, phone: 2 };

  it('names a person row by name and the ID as typed, masked for roles without sensitive.read', () => {
    const cells = ['张伟', ' 33078219880512001x ', '13800000001'];
    expect(rowIdentity(IMPORT_SPECS.person, cells, people, false)).toBe('张伟 33078219880512001x');
    expect(rowIdentity(IMPORT_SPECS.person, cells, people, true)).toBe('张伟 330782********001X');
    // A short, mistyped ID is masked whole; a missing name leaves the ID alone.
    expect(rowIdentity(IMPORT_SPECS.person, ['', '3307821', ''], people, true)).toBe('*******');
    expect(rowIdentity(IMPORT_SPECS.special, ['王五', '330782198805120016'], people, true)).toBe('王五 330782********0016');
  });

  it('names a house by its address with unit and room, and says nothing for an empty row', () => {
    const mapping = { address: 0, unit: 1, room: 2, grid: 3, building: null };
    expect(rowIdentity(IMPORT_SPECS.house, ['凤栖路12号', '2单元', 301, '第1网格'], mapping, true)).toBe('凤栖路12号 2单元 301');
    expect(rowIdentity(IMPORT_SPECS.house, [null, '', undefined], mapping, true)).toBe('');
    expect(rowIdentity(IMPORT_SPECS.house, ['凤栖路12号'], { address: null }, true)).toBe('');
  });
});
