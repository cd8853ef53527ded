// The change log as it was before migration 4 (one row per written cell, text HLC
// `ms.counter.device`, JSON value), written the way the old change writer wrote it — to build
// databases of the old format for the migration test and the size bench.
import { setMeta } from '../../electron/core/db/device';
import { readOnlyDb } from '../../electron/core/db/read-db';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { ulid } from 'ulid';
import type { Db } from '../../electron/core/db/connection';
import type { NewRow, Row, WriteTx } from '../../electron/core/db/change-writer';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { hashPassword } from '../../electron/core/auth/password';
import { DEFAULT_DEPARTMENTS } from '../../electron/core/org/default-departments';
import { seedDefaultCatalogue } from '../../electron/core/cases/default-catalogue';
import { SETTING_KEYS, writeSetting } from '../../electron/core/settings/settings-repo';
import { seedDemoTown } from '../../electron/core/demo/demo-town';
import type { DemoAccountOptions } from '../../electron/core/demo/demo-users';
import { seedDemoRegistry } from '../../electron/core/demo/demo-registry';
import { seedDemoCases } from '../../electron/core/demo/demo-cases';

type SqlValue = string | number | bigint | Buffer | null;

function toSql(v: unknown): SqlValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || Buffer.isBuffer(v)) return v;
  return JSON.stringify(v);
}

/** A database at schema version 3, the last one with the old change log. */
export function migrateToLegacy(db: Db): void {
  migrate(db, MIGRATIONS.slice(0, 3));
}

export class LegacyChangeWriter {
  private ms = 0;
  private counter = 0;
  private readonly statements = new Map<string, Statement<unknown[]>>();

  constructor(
    private readonly db: Db,
    private readonly deviceId: string,
    private readonly now: () => number = Date.now,
  ) {}

  private nextHlc(): string {
    const wall = this.now();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return `${String(this.ms).padStart(15, '0')}.${String(this.counter).padStart(9, '0')}.${this.deviceId}`;
  }

  /** Prepared once, as the old writer did. */
  private stmt(sql: string): Statement<unknown[]> {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare<unknown[]>(sql)));
    return s;
  }

  transaction<T>(actor: string | null, fn: (tx: WriteTx) => T): T {
    const db = this.db;
    const logStmt = this.stmt('INSERT INTO change_log (hlc, device_id, actor, tbl, row_id, col, value) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const log = (table: string, id: string, col: string, value: SqlValue) =>
      logStmt.run(this.nextHlc(), this.deviceId, actor, table, id, col, value === null ? null : JSON.stringify(typeof value === 'bigint' ? value.toString() : value));
    const tx: WriteTx = {
      db: readOnlyDb(db),
      insert: (table: string, row: Row) => {
        const id = row.id as string;
        const cols = Object.keys(row).filter((c) => row[c] !== undefined);
        const values = cols.map((c) => toSql(row[c]));
        this.stmt(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...values);
        cols.forEach((c, i) => {
          if (c !== 'id' && values[i] !== null) log(table, id, c, values[i]!);
        });
      },
      update: (table: string, id: string, patch: Row) => {
        const cols = Object.keys(patch).filter((c) => patch[c] !== undefined && c !== 'id');
        if (cols.length === 0) return [];
        const current = this.stmt(`SELECT ${cols.join(', ')} FROM ${table} WHERE id = ?`).get(id) as Row;
        const changed = cols.filter((c) => current[c] !== toSql(patch[c]));
        if (changed.length === 0) return [];
        this.stmt(`UPDATE ${table} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...changed.map((c) => toSql(patch[c])), id);
        for (const c of changed) log(table, id, c, toSql(patch[c]));
        return changed;
      },
      remove: (table: string, id: string) => {
        if (this.stmt(`DELETE FROM ${table} WHERE id = ?`).run(id).changes === 0) return false;
        log(table, id, '_deleted', 1);
        return true;
      },
      setMeta: (key: string, value: string) => setMeta(db, key, value),
    } as unknown as WriteTx;
    return db.transaction(() => fn(tx))();
  }
}

export interface LegacyDemoOptions {
  deviceId: string;
  now: number;
  /** Only the organisation (grids, staff, accounts): fast, for tests. */
  townOnly?: boolean;
}

/** First-run set-up with the demo town, as `system.setup` does it, logged in the old format. */
export function seedLegacyDemo(db: Db, opts: LegacyDemoOptions): { townId: string; adminId: string } {
  const writer = new LegacyChangeWriter(db, opts.deviceId, () => opts.now);
  const townId = ulid();
  const adminId = ulid();
  const createdAt = new Date(opts.now).toISOString();
  // At schema version 3 an account's password hash is a cell of user_account (NOT NULL): the
  // demo accounts get theirs there, as the old set-up wrote them (one hash shared by all).
  const hash = hashPassword('correct-horse-1');
  const legacyAccount = (row: NewRow<'user_account'>) => ({ ...row, password_hash: hash }) as NewRow<'user_account'>;
  writer.transaction(null, (raw) => {
    const tx: WriteTx = { ...raw, insert: (table, row) => raw.insert(table, table === 'user_account' ? legacyAccount(row as NewRow<'user_account'>) : row) };
    const accounts: DemoAccountOptions = { usable: true, secrets: { hash: () => hash, set: () => {} } };
    tx.insert('org_unit', { id: townId, parent_id: null, kind: 'town', level: 1, code: '330782101', name: '青溪镇', households: 0, population_registered: 0, population_floating: 0, archived: 0, created_at: createdAt });
    writeSetting(tx, SETTING_KEYS.town, { name: '青溪镇', code: '330782101', unitId: townId });
    tx.insert('user_account', { id: adminId, username: 'admin', display_name: '管理员', role: 'admin', disabled: 0, created_at: createdAt });
    for (const d of DEFAULT_DEPARTMENTS) tx.insert('department', { id: ulid(), code: d.code, name: d.name, phone: '', categories: JSON.stringify(d.categories), archived: 0 });
    seedDefaultCatalogue(tx);
    seedDemoTown(tx, { id: townId, code: '330782101', name: '青溪镇' }, { seed: 20261121, now: opts.now, accounts });
    if (!opts.townOnly) {
      seedDemoRegistry(tx, { seed: 20261121, now: opts.now });
      seedDemoCases(tx, { now: opts.now, devicePrefix: 'QX' }, { seed: 20261121 });
    }
  });
  return { townId, adminId };
}
