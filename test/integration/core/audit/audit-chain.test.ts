// The audit log's hash chain: an intact log verifies; an edited row, a row deleted in the
// middle, a cut-off tail and rows added behind the program's back are each found, with the
// first broken row named in Chinese. Tampering needs a raw connection that drops the log's
// triggers, as someone with the database file in hand would.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import { AUDIT_HEAD_KEY, verifyChain } from '../../../../electron/core/audit/audit-chain';
import type { AuditRow } from '../../../../electron/core/rpc/side-write';
import { setupCore, type Harness } from '../../../support/core-harness';

const row = (i: number): AuditRow => ({
  at: new Date(Date.UTC(2026, 10, 21, 8, 0, i % 60)).toISOString(),
  deviceId: 'DEV',
  actor: 'u1',
  actorName: '张三',
  role: 'admin',
  action: 'read.person',
  table: 'person',
  recordId: `p${i}`,
  detail: JSON.stringify({ plain: true, i }),
});

function seeded(n: number): Harness {
  const h = setupCore({ onDisk: true });
  for (let i = 0; i < n; i++) h.core.services.auditLog.append(row(i));
  return h;
}

const verify = (h: Harness) => h.job(h.adminToken, 'audit.verify', {});
const count = (h: Harness) => (h.core.services.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const maxSeq = (h: Harness) => (h.core.services.db.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number }).n;

/** A raw connection with the append-only triggers dropped (what tampering takes). */
function tamper(h: Harness) {
  const raw = h.openRaw();
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  return raw;
}

describe('audit chain', () => {
  it('verifies an intact log across chunks, and the verification is itself audited', async () => {
    const h = seeded(12_000);
    const n = count(h);
    const head = maxSeq(h);
    const result = await verify(h);
    expect(result).toMatchObject({ ok: true, checked: n, headSeq: head, broken: null });
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
    const last = h.call(h.adminToken, 'audit.list', { limit: 1 }).rows[0]!;
    expect(last).toMatchObject({ action: 'audit.verify', actionLabel: '校验审计日志完整性' });
    expect(JSON.parse(last.detail!)).toMatchObject({ ok: true, checked: n });
    // …and the chain still verifies with that row on it.
    expect((await verify(h)).ok).toBe(true);
  });

  it('finds a row whose detail was edited', async () => {
    const h = seeded(30);
    const seq = maxSeq(h) - 10;
    tamper(h).prepare('UPDATE audit_log SET detail = ? WHERE seq = ?').run('{"plain":false}', seq);
    const result = await verify(h);
    expect(result.ok).toBe(false);
    expect(result.broken).toMatchObject({ seq, kind: 'altered' });
    expect(result.broken!.message).toBe(`第 ${seq} 条审计记录与校验值不符：该记录被修改，或在它之前插入、删除了记录`);
    expect(result.checked).toBe(seq - 1);
  });

  it('finds a row deleted in the middle, past the first chunk', async () => {
    const h = seeded(7000);
    const seq = 6001;
    tamper(h).prepare('DELETE FROM audit_log WHERE seq = ?').run(seq);
    const result = await verify(h);
    expect(result.broken).toMatchObject({ seq, kind: 'missing', message: `第 ${seq} 条审计记录缺失：已被删除` });
  });

  it('finds a cut-off tail, also after later appends', async () => {
    const h = seeded(40);
    const head = maxSeq(h);
    tamper(h).prepare('DELETE FROM audit_log WHERE seq > ?').run(head - 3);
    const cut = await verify(h);
    expect(cut.broken).toMatchObject({ seq: head - 2, kind: 'truncated' });
    expect(cut.broken!.message).toContain(`第 ${head - 2}–${head} 条审计记录缺失`);
    // The verification's own entry links to the checkpoint, not to the shortened table:
    // the cut now shows as rows missing in the middle.
    h.core.services.auditLog.append(row(99));
    const after = await verify(h);
    expect(after.broken).toMatchObject({ seq: head - 2, kind: 'missing' });
  });

  it('finds rows added behind the program (not on the checkpoint) and a rewritten chain', async () => {
    const h = seeded(10);
    const raw = h.openRaw();
    const last = raw.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, unknown>;
    raw.prepare('INSERT INTO audit_log (seq, at, device_id, action, hash) VALUES (?, ?, ?, ?, ?)').run((last.seq as number) + 1, last.at, 'X', 'login', last.hash);
    expect((await verify(h)).broken).toMatchObject({ seq: (last.seq as number) + 1, kind: 'beyond-head' });

    const h2 = seeded(5);
    h2.openRaw().prepare('DELETE FROM meta WHERE key = ?').run(AUDIT_HEAD_KEY);
    expect((await verify(h2)).broken).toMatchObject({ kind: 'no-head' });
  });

  it('refuses rows without a hash even to a raw writer', () => {
    const h = seeded(1);
    expect(() => h.openRaw().prepare("INSERT INTO audit_log (at, device_id, action) VALUES ('x', 'y', 'login')").run()).toThrow(/chain hash/);
    expect(() => h.openRaw().prepare('UPDATE audit_log SET hash = NULL').run()).toThrow(/append-only/);
  });

  it('chains the rows of an older database when it is migrated', async () => {
    const db = openDatabase(':memory:', { key: null });
    migrate(db, MIGRATIONS.slice(0, 5));
    const insert = db.prepare('INSERT INTO audit_log (at, device_id, actor, action, tbl, record_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < 25; i++) insert.run(`2026-01-01T00:00:${String(i).padStart(2, '0')}Z`, 'D', 'u', 'read.person', 'person', `p${i}`, null);
    expect(migrate(db)).toEqual(MIGRATIONS.slice(5).map((m) => m.version));
    const result = await verifyChain(readOnlyDb(db));
    expect(result).toMatchObject({ ok: true, checked: 25, headSeq: 25 });
    db.prepare('DROP TRIGGER audit_log_no_update').run();
    db.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 3").run();
    expect((await verifyChain(readOnlyDb(db))).broken).toMatchObject({ seq: 3, kind: 'altered' });
    db.close();
  });

  it('exports the log for administrators only, with its checkpoint, and audits the export', async () => {
    const h = seeded(20);
    const worker = h.tokenFor('grid_worker');
    expect(await h.runJob(worker, 'audit.export', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.runJob(worker, 'audit.verify', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const before = count(h);
    const file = await h.job(h.adminToken, 'audit.export', { action: 'read.person' });
    expect(file.rows).toBe(20);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A2').value)).toMatch(/共20条\u3000校验点：第 \d+ 条，校验值 [0-9a-f]{64}/);
    expect(ws.getRow(3).values).toContain('校验值');
    expect(ws.getCell('E4').value).toBe('查看人员详情（含敏感信息）');
    expect(ws.getCell('F4').value).toBe('人员');
    expect(count(h)).toBe(before + 1);
    const last = h.call(h.adminToken, 'audit.list', { limit: 1 }).rows[0]!;
    expect(last).toMatchObject({ action: 'audit.export', actorName: '管理员' });
    expect((await verify(h)).ok).toBe(true);
  });

  it('audits the first-run set-up and changes of the grids a worker serves', () => {
    const h = setupCore();
    const setup = h.call(h.adminToken, 'audit.list', { action: 'setup' }).rows;
    expect(setup).toHaveLength(1);
    expect(setup[0]).toMatchObject({ actorName: '管理员', role: 'admin', table: 'user_account' });
    const village = h.call(h.adminToken, 'org.createUnit', { kind: 'village', name: '东村', code: '330782101201', parentId: h.call(h.adminToken, 'org.units', {})[0]!.id } as never);
    const staff = h.call(h.adminToken, 'staff.create', { name: '李四', phone: '13800000000' } as never);
    const a = h.call(h.adminToken, 'staff.assign', { staffId: staff.id, unitId: village.id, teamRole: 'worker_full' } as never);
    h.call(h.adminToken, 'staff.unassign', { id: a.id });
    const actions = h.call(h.adminToken, 'audit.list', { table: 'staff_assignment' }).rows.map((r) => r.action);
    expect(actions).toEqual(['staff.unassign', 'staff.assign']);
  });
});
