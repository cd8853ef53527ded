// Verifying a backup file: it opens with the connection-opening function every connection uses
// (so with this PC's key once the database is encrypted), `PRAGMA integrity_check` answers ok,
// it is a TownGrid database this program can run, and its main tables read.
import { openDatabase } from '../db/connection';
import type { DatabaseKey } from '../host/database-key';
import { MIGRATIONS } from '../db/migrations';
import type { BackupInfo } from '../../../shared/backup/backup-types';

export type BackupCheck = Pick<BackupInfo, 'verified' | 'problem' | 'schemaVersion' | 'counts'>;

const COUNTED = { accounts: 'user_account', people: 'person', cases: 'case_record', audit: 'audit_log' } as const;

export function verifyBackupFile(path: string, key: DatabaseKey | null): BackupCheck {
  const counts = { accounts: 0, people: 0, cases: 0, audit: 0 };
  const failed = (problem: string, schemaVersion = 0): BackupCheck => ({ verified: false, problem, schemaVersion, counts });
  let db;
  try {
    db = openDatabase(path, { key, readonly: true });
  } catch {
    return failed('无法打开：文件已损坏，或不是用本机密钥加密的 TownGrid 数据库');
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch {
      return failed('无法读取：文件已损坏，或不是用本机密钥加密的 TownGrid 数据库');
    }
    if (problems.length !== 1 || problems[0] !== 'ok') return failed(`完整性检查未通过：${problems.slice(0, 3).join('；').slice(0, 300)}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    if (version === 0 || !tables.has('meta') || !tables.has('user_account')) return failed('不是 TownGrid 数据库', version);
    if (version > MIGRATIONS.length) return failed(`备份来自更新版本的 TownGrid（数据库版本 ${version}），请先升级本机程序`, version);
    for (const [key, table] of Object.entries(COUNTED) as [keyof typeof COUNTED, string][]) {
      if (tables.has(table)) counts[key] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    return { verified: true, problem: null, schemaVersion: version, counts };
  } finally {
    db.close();
  }
}
