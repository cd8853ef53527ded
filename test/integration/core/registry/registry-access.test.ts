// Sensitive data (SPEC §7, PIPL): citizen IDs and phones are masked unless the role may see
// them; special populations need 'special.read' (FORBIDDEN otherwise); unmasked reads,
// special-population reads and every write are audited.
import { describe, expect, it } from 'vitest';
import { cid, setupTown } from './registry-fixture';

function seed(opts: { onDisk?: boolean } = {}) {
  const t = setupTown(opts);
  const { h } = t;
  const person = h.call(h.adminToken, 'registry.createPerson', {
    citizenId: cid(1, '1950-03-04'),
    name: '张三',
    phone: '13812345678',
    residenceType: 'registered',
    gridId: t.grid1.id,
    address: '青石村1号',
  });
  const special = h.call(h.adminToken, 'registry.createSpecial', { personId: person.id, kind: 'correction', supervisionLevel: 'normal', helperName: '王芳' });
  return { ...t, person, special };
}

function audits(h: ReturnType<typeof setupTown>['h']) {
  return h.core.services.db.prepare('SELECT action, tbl, record_id, role FROM audit_log ORDER BY seq').all() as { action: string; tbl: string | null; record_id: string | null; role: string }[];
}

describe('registry access', () => {
  it('masks IDs and phones for roles without sensitive.read, in lists, record pages and history', async () => {
    const { h, person, grid1 } = seed();
    h.serve('grid_worker', [grid1.id]);
    const worker = h.tokenFor('grid_worker');
    const list = h.call(worker, 'registry.people', {});
    expect(list.masked).toBe(true);
    // The birth date is digits 7–14 of the ID: it and the age are masked with it.
    expect(list.rows[0]).toMatchObject({ citizenId: '330782********' + cid(1, '1950-03-04').slice(-4), phone: '138****5678', birthDate: '****-**-**', age: null, gender: 'M' });
    const page = h.call(worker, 'registry.person', { id: person.id });
    expect(page.masked).toBe(true);
    expect(page.person.citizenId).toContain('****');
    expect(page.person).toMatchObject({ birthDate: '****-**-**', age: null });
    expect(JSON.stringify(page)).not.toContain('1950-03-04');
    expect(page.specials).toBeNull();
    const history = h.call(worker, 'registry.history', { table: 'person', id: person.id });
    const idChange = history.at(-1)!.changes.find((c) => c.field === 'citizen_id')!;
    expect(idChange.to).toContain('****');
    // Asking to reveal without the permission is refused.
    expect(h.core.invoke(worker, 'registry.people', { reveal: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.runJob(worker, 'registry.export', { kind: 'person', filter: {}, reveal: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Fragments of IDs/phones find nothing for them; the full number does.
    expect(h.call(worker, 'registry.people', { search: '5678' }).total).toBe(0);
    expect(h.call(worker, 'registry.people', { search: '13812345678' }).total).toBe(1);
  });

  it('shows plain values to roles with sensitive.read only on request in lists, and audits each such read', () => {
    const { h, person } = seed();
    const dispatcher = h.tokenFor('dispatcher');
    const before = audits(h).length;
    expect(h.call(dispatcher, 'registry.people', {}).rows[0]!.citizenId).toContain('****');
    expect(audits(h).length).toBe(before);
    const plain = h.call(dispatcher, 'registry.people', { reveal: true });
    expect(plain).toMatchObject({ masked: false, rows: [{ citizenId: cid(1, '1950-03-04'), phone: '13812345678' }] });
    const page = h.call(dispatcher, 'registry.person', { id: person.id });
    expect(page.person.phone).toBe('13812345678');
    expect(h.call(dispatcher, 'registry.people', { search: '5678' }).total).toBe(1);
    const added = audits(h).slice(before);
    expect(added).toEqual([
      { action: 'reveal.list', tbl: 'person', record_id: null, role: 'dispatcher' },
      { action: 'read.person', tbl: 'person', record_id: person.id, role: 'dispatcher' },
    ]);
  });

  it('refuses special populations to roles without special.read and never lists them for them', async () => {
    const { h, special, person } = seed();
    for (const role of ['grid_worker', 'dispatcher', 'department_handler'] as const) {
      const token = h.tokenFor(role);
      expect(h.core.invoke(token, 'registry.specials', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(h.core.invoke(token, 'registry.special', { id: special.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(h.core.invoke(token, 'registry.history', { table: 'special_person', id: special.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(h.core.invoke(token, 'registry.mapMeasures', { measure: 'special' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await h.runJob(token, 'registry.form', { form: 'special' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await h.runJob(token, 'registry.export', { kind: 'special', filter: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const overview = h.call(token, 'registry.overview', {});
      expect(overview.stats.special).toBeNull();
      expect(overview.categories.flatMap((c) => c.entries).some((e) => e.query.kind === 'special')).toBe(false);
    }
    const worker = h.tokenFor('grid_worker');
    expect(h.core.invoke(worker, 'registry.createSpecial', { personId: person.id, kind: 'drug', supervisionLevel: 'strict' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(h.core.invoke(worker, 'registry.archive', { kind: 'special', id: special.id, archived: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(h.core.invoke(h.tokenFor('display'), 'registry.people', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('audits every read of special populations by authorised roles', () => {
    const { h, special } = seed();
    const supervisor = h.tokenFor('supervisor');
    const before = audits(h).length;
    expect(h.call(supervisor, 'registry.specials', {}).rows).toHaveLength(1);
    const page = h.call(supervisor, 'registry.special', { id: special.id });
    expect(page.special).toMatchObject({ kind: 'correction', helperName: '王芳', name: '张三' });
    h.call(supervisor, 'registry.history', { table: 'special_person', id: special.id });
    expect(audits(h).slice(before).map((a) => [a.action, a.role])).toEqual([
      ['read.special', 'supervisor'],
      ['read.special', 'supervisor'],
      ['read.special', 'supervisor'],
    ]);
  });

  it('audits every write with its fields, never its values, in an append-only log', () => {
    const { h, person, grid1 } = seed({ onDisk: true });
    h.serve('grid_worker', [grid1.id]);
    const worker = h.tokenFor('grid_worker');
    h.call(worker, 'registry.updatePerson', { id: person.id, phone: '13900000000', occupation: '退休' });
    const last = h.core.services.db.prepare('SELECT action, tbl, record_id, detail, role FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, string>;
    expect(last).toMatchObject({ action: 'write', tbl: 'person', record_id: person.id, role: 'grid_worker' });
    expect(JSON.parse(last.detail!)).toEqual({ op: 'update', fields: ['phone', 'occupation'] });
    expect(last.detail).not.toContain('13900000000');
    const db = h.openRaw(); // even a writer that bypasses the core cannot rewrite the log
    expect(() => db.prepare('UPDATE audit_log SET actor = NULL').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    const listed = h.call(h.adminToken, 'audit.list', { recordId: person.id });
    expect(listed.rows[0]).toMatchObject({ action: 'write', actionLabel: '修改台账', actorName: 'grid_worker' });
    expect(h.core.invoke(worker, 'audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
