// How large an RPC body may be. Before sign-in only small bodies are read at all (sign-in,
// first-run setup); a valid session may send more, and the methods that carry uploads more
// still (their own schemas bound the fields; these limits only stop the read).
import type { MethodName } from '../../../shared/api';

export const UNAUTHENTICATED_BODY_LIMIT = 16 * 1024;
export const SESSION_BODY_LIMIT = 2 * 1024 * 1024;

const MB = 1024 * 1024;
const UPLOAD_LIMITS: Partial<Record<MethodName, number>> = {
  // A spreadsheet as base64 (the schema allows 80,000,000 characters).
  'registry.importPreview': 82 * MB,
  // GeoJSON text (50,000,000 characters).
  'registry.importBoundaries': 52 * MB,
  // Up to 1,000,000 excluded row numbers.
  'registry.importCommit': 10 * MB,
  // Up to six attachments of about 2 MB each.
  'cases.register': 18 * MB,
  'cases.act': 18 * MB,
  'cases.bulk': 18 * MB,
  // A backup file brought from another PC, as base64 (the schema allows 200,000,000 characters;
  // larger ones are copied into the backup folder instead, see docs/backups.md).
  'backup.import': 202 * MB,
};

export function sessionBodyLimit(method: string): number {
  return Object.prototype.hasOwnProperty.call(UPLOAD_LIMITS, method) ? UPLOAD_LIMITS[method as MethodName]! : SESSION_BODY_LIMIT;
}
