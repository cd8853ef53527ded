// `node out/main/station.js [--port N] [--data DIR] [--lan] [--allow-origin URL]… [--demo]`
//   [--sync-port N] [--sync-host ADDR] [--no-sync] [--peer HOST:PORT]… [--discovery|--no-discovery]
//   [--discovery-port N] [--discovery-target HOST:PORT]…
// `node out/main/station.js --rotate-key --admin <username> [--data DIR]` (rotate-key-command.ts)
// The station host: the same core as the desktop app, served to browsers on this PC over
// HTTP (or, with --lan, to the LAN over HTTPS, e.g. a wall display driven by a browser). The process started
// by the user supervises a child that does the work (station-run.ts) and restarts it if it dies;
// the supervisor checks the options and loads nothing of the core.
import { parseStationArgs } from './station-args';
import { CHILD_ENV, superviseStation } from './station-supervisor';

const values = parseStationArgs(process.argv.slice(2));

if (values['rotate-key'] || process.env[CHILD_ENV] === '1') {
  await import('./station-run');
} else {
  superviseStation(process.argv[1]!, process.argv.slice(2));
}
