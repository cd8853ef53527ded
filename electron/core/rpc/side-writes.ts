// Writes that reads cause: an audit entry for a sensitive read, a session's last-seen touch
// or the drop of an expired session. A reader worker's connection is read-only, so it passes
// them to its host, which forwards them, in order, to the writer; the writer applies each one
// as the connection's only user (after any long write transaction in progress).
import type { CoreServices } from './handler-types';
import type { SideWrite } from './side-write';

export function applySideWrite(core: CoreServices, w: SideWrite): void | Promise<void> {
  return core.exclusive(() => {
    if (w.kind === 'audit') core.auditLog.append(w.row);
    else core.sessions.apply(w);
  });
}
