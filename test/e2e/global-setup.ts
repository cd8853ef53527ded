// Builds the demo town once per e2e run; each test that wants it gets its own copy
// (see the demoStation fixture), so tests stay independent without re-generating it.
import { mkdirSync, rmSync } from 'node:fs';
import { DEMO_TEMPLATE_DIR, startStation } from './fixtures';

export default async function globalSetup(): Promise<void> {
  rmSync(DEMO_TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(DEMO_TEMPLATE_DIR, { recursive: true });
  const { proc } = await startStation(DEMO_TEMPLATE_DIR, ['--demo']);
  await new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}
