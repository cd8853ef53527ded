// A reader core (read-only connection, as the hosts' reader workers run it) next to the
// writer on the same database file: it answers while the writer is inside a write
// transaction, and the writes its reads cause — audit entries of sensitive reads, session
// touches — reach the writer, none lost, after any write in progress.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app';
import { openDatabase } from '../../../electron/core/db/connection';
import type { SideWrite } from '../../../electron/core/rpc/side-write';
import { TEST_PASSWORD } from '../../support/core-harness';
import { peopleXlsx } from './registry/people-file';
import { TEST_DB_KEY } from '../../support/test-db-key';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function ok<T>(r: { ok: boolean; data?: unknown; error?: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error!.code} ${r.error!.message}`);
  return r.data as T;
}

/** A writer with a town (two grids, an administrator) and a reader on the same file. */
function pair(now: () => number = Date.now) {
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-reader-'));
  dirs.push(dir);
  const dbFile = join(dir, 'town.db');
  const writer = createCore({ dbKey: TEST_DB_KEY, dbFile, now });
  cores.push(writer);
  const { token } = ok<{ token: string }>(
    writer.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: TEST_PASSWORD }),
  );
  const town = ok<{ id: string }[]>(writer.invoke(token, 'org.units', {}))[0]!;
  const village = ok<{ id: string }>(writer.invoke(token, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' }));
  const grids = ['青石村第1网格', '青石村第2网格'];
  grids.forEach((name, i) => ok(writer.invoke(token, 'org.createUnit', { parentId: village.id, kind: 'grid', code: `33078210100100${i + 1}`, name })));
  const forwarded: SideWrite[] = [];
  const reader = createCore({
    dbFile,
    dbKey: TEST_DB_KEY,
    now,
    role: 'reader',
    forward: (w) => {
      forwarded.push(w);
      void writer.applySideWrite(w);
    },
  });
  cores.push(reader);
  return { writer, reader, token, grids, forwarded, dbFile };
}

const auditCount = (core: Core, action: string) => (core.services.db.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

describe('reader core', () => {
  it('answers the board and a queue page while the writer holds a write transaction open', () => {
    const { reader, token, dbFile } = pair();
    // A second writable connection holds the write transaction (handlers' handles cannot write).
    const db = openDatabase(dbFile, { key: TEST_DB_KEY });
    db.exec('BEGIN IMMEDIATE');
    try {
      db.prepare("UPDATE org_unit SET name = '未提交的名称' WHERE kind = 'village'").run();
      expect(db.inTransaction).toBe(true);
      expect(ok<{ name: string; kind: string }[]>(reader.invoke(token, 'org.units', {})).find((u) => u.kind === 'village')!.name).toBe('青石村');
      const board = reader.invoke(token, 'board.summary', {});
      const queue = reader.invoke(token, 'cases.queue', { queue: 'all', offset: 0, limit: 50 });
      expect(board).toMatchObject({ ok: true, data: { townName: '青溪镇' } });
      expect(queue).toMatchObject({ ok: true, data: { total: 0 } });
      // Still inside the same transaction: the reads did not wait for it to end.
      expect(db.inTransaction).toBe(true);
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
  });

  it('reads during an import commit (inside its transaction) and sees only committed data', async () => {
    const { writer, reader, token, grids } = pair();
    const previewJob = ok<{ jobId: string }>(await writer.invokeAsync(token, 'registry.importPreview', { kind: 'person', fileBase64: await peopleXlsx(3000, grids) }));
    const previewId = ok<{ jobId: string }>(await writer.invokeAsync(token, 'jobs.result', { jobId: previewJob.jobId })).jobId;
    const seen: number[] = [];
    const off = writer.on('job', (e) => {
      if (e.kind === 'registry.importCommit' && e.step === '写入数据' && e.done > 0 && e.state === 'running' && writer.services.db.inTransaction) {
        seen.push(ok<{ total: number }>(reader.invoke(token, 'registry.people', { limit: 1 })).total);
      }
    });
    const { jobId } = ok<{ jobId: string }>(writer.invoke(token, 'registry.importCommit', { jobId: previewId, excludeRows: [] }));
    expect(await writer.invokeAsync(token, 'jobs.result', { jobId })).toMatchObject({ ok: true, data: { inserted: 3000 } });
    off();
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([0]));
    expect(ok<{ total: number }>(reader.invoke(token, 'registry.people', { limit: 1 })).total).toBe(3000);
  });

  it('forwards the audit entry of a sensitive read to the writer, after a write in progress', async () => {
    const { writer, reader, token, grids, forwarded } = pair();
    const previewJob = ok<{ jobId: string }>(await writer.invokeAsync(token, 'registry.importPreview', { kind: 'person', fileBase64: await peopleXlsx(3000, grids) }));
    const previewId = ok<{ jobId: string }>(await writer.invokeAsync(token, 'jobs.result', { jobId: previewJob.jobId })).jobId;
    const readsBefore = auditCount(writer, 'reveal.list');
    let duringCommit = -1;
    const off = writer.on('job', (e) => {
      if (duringCommit < 0 && e.kind === 'registry.importCommit' && e.step === '写入数据' && e.done > 0 && e.state === 'running') {
        // A plain read of the ledger by the administrator on the reader: audited.
        ok(reader.invoke(token, 'registry.people', { limit: 5, reveal: true }));
        duringCommit = auditCount(writer, 'reveal.list');
      }
    });
    const { jobId } = ok<{ jobId: string }>(writer.invoke(token, 'registry.importCommit', { jobId: previewId, excludeRows: [] }));
    ok(await writer.invokeAsync(token, 'jobs.result', { jobId }));
    off();
    await new Promise((r) => setImmediate(r));
    const audits = forwarded.filter((w) => w.kind === 'audit');
    expect(audits.length).toBeGreaterThan(0);
    // Nothing was written on the reader's read-only connection; the writer has every entry.
    const rows = writer.services.db.prepare('SELECT action, actor FROM audit_log ORDER BY seq').all() as { action: string; actor: string }[];
    for (const w of audits) if (w.kind === 'audit') expect(rows).toContainEqual({ action: w.row.action, actor: w.row.actor });
    // The import's own audit entry came first: the forwarded one waited for the commit.
    const importAt = rows.findIndex((r) => r.action === 'import');
    const readAt = rows.findIndex((r, i) => i > importAt && audits.some((w) => w.kind === 'audit' && w.row.action === r.action));
    expect(importAt).toBeGreaterThanOrEqual(0);
    expect(readAt).toBeGreaterThan(importAt);
    expect(duringCommit).toBe(readsBefore);
  });

  it('forwards session touches and refuses to run a method that writes', () => {
    let t = Date.parse('2026-03-02T08:00:00Z');
    const { writer, reader, token } = pair(() => t);
    t += 2 * 60_000;
    ok(reader.invoke(token, 'auth.me', {}));
    const seen = writer.services.db.prepare('SELECT max(last_seen) AS s FROM session').get() as { s: number };
    expect(seen.s).toBe(t);
    expect(reader.invoke(token, 'staff.create', { name: '张三', phone: '13800000000' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
