// Writes that reads cause (a type only, shared by the core and the hosts, which forward them
// from a reader worker to the writer; see side-writes.ts).
import type { AuditAction } from '../../../shared/audit/audit-types';

/** One audit_log row as written. */
export interface AuditRow {
  at: string;
  deviceId: string;
  actor: string | null;
  actorName: string | null;
  role: string | null;
  action: AuditAction;
  table: string | null;
  recordId: string | null;
  detail: string | null;
}

/** The writes a session lookup may cause. */
export type SessionWrite = { kind: 'session.touch'; tokenHash: string; at: number } | { kind: 'session.drop'; tokenHash: string };

export type SideWrite = { kind: 'audit'; row: AuditRow } | SessionWrite;

/** 'writer': the one writable connection; 'reader': a read-only connection of the reader pool. */
export type CoreRole = 'writer' | 'reader';
