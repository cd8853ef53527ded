// A large people import through the core in its worker thread, as in the desktop app:
// progress events reach the host thread while the commit is still running, and the host
// thread's event loop — where the UI's messages are handled — keeps turning (no freeze; how
// regularly it turns is measured by `npm run bench`).
// 20,000 people here (REGISTRY_LARGE_ROWS overrides it): enough for many progress events
// during one commit. `npm run bench` runs the same path with 100,000 and measures it.
import { describe, expect, it } from 'vitest';
import { workerImport } from './support/worker-import';

const PEOPLE = Number(process.env.REGISTRY_LARGE_ROWS ?? 20_000);

describe('large import in the core worker', () => {
  it(`imports ${PEOPLE.toLocaleString()} people with progress events and a responsive host thread`, async () => {
    const run = await workerImport(PEOPLE);
    expect(run.preview).toMatchObject({ total: PEOPLE, valid: PEOPLE, willInsert: PEOPLE });
    expect(run.inserted).toBe(PEOPLE);
    expect(run.peopleAfter).toBe(PEOPLE);
    const writes = run.events.filter((e) => e.kind === 'registry.importCommit' && e.step === '写入数据');
    expect(writes.map((e) => e.done)).toEqual([...writes.map((e) => e.done)].sort((a, b) => a - b));
    expect(writes.at(-1)).toMatchObject({ done: PEOPLE, total: PEOPLE });
    // Progress arrived while the commit was still running (before its result), not all at its
    // end: more than the step's first report, which always goes out. (How many depends on how
    // fast the commit runs, since reports are at most every 100 ms: not a count to pin.)
    expect(writes.filter((e) => e.done > 0 && e.done < PEOPLE && !e.afterCommit).length).toBeGreaterThan(1);
    expect(run.events.some((e) => e.kind === 'registry.importPreview' && e.step === '校验数据')).toBe(true);
    // The host thread kept turning meanwhile: its timer ran during the commit. How regularly
    // (the longest gap) is a speed figure, measured by `npm run bench`.
    expect(run.commitTicks).toBeGreaterThan(0);
  }, 300_000); // a bound for a busy machine, not a speed claim
});
