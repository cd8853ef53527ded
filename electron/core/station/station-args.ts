// The station's command-line options, parsed the same way by the supervising process (which
// loads nothing else) and by the child that runs the core.
import { parseArgs } from 'node:util';
import { DEFAULT_DISCOVERY_PORT, DEFAULT_SYNC_PORT } from '../sync/sync-options';

export function parseStationArgs(args: string[]) {
  return parseArgs({
    args,
    options: {
      port: { type: 'string', default: '5173' },
      data: { type: 'string' },
      lan: { type: 'boolean', default: false },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      demo: { type: 'boolean', default: false },
      // Automatic daily backups are on unless the centre backs the data folder up another way.
      'no-auto-backup': { type: 'boolean', default: false },
      'rotate-key': { type: 'boolean', default: false },
      // LAN sync with the centre's other PCs (docs/sync.md): on unless --no-sync.
      'sync-port': { type: 'string', default: String(DEFAULT_SYNC_PORT) },
      'sync-host': { type: 'string' },
      'no-sync': { type: 'boolean', default: false },
      peer: { type: 'string', multiple: true, default: [] },
      discovery: { type: 'boolean', default: false },
      'no-discovery': { type: 'boolean', default: false },
      'discovery-port': { type: 'string', default: String(DEFAULT_DISCOVERY_PORT) },
      'discovery-target': { type: 'string', multiple: true, default: [] },
      admin: { type: 'string' },
    },
  }).values;
}

export type StationArgs = ReturnType<typeof parseStationArgs>;
