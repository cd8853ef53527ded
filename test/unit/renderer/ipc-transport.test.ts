// The desktop transport passes every pushed event (not only `changed`) to the listener as
// `{ event, payload }`, and stops them all.
import type { JobStatus } from '../../../shared/jobs/job-types';
import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, type ApiEvent, type EventName } from '../../../shared/api';
import type { TownGridBridge } from '../../../shared/rpc/bridge';
import { createIpcTransport } from '../../../renderer/src/app/ipc-transport';

function fakeBridge() {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const bridge: TownGridBridge = {
    invoke: () => Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'not used' } }),
    subscribe(event, cb) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const listener = cb as (payload: unknown) => void;
      set.add(listener);
      return () => set.delete(listener);
    },
    notify: () => Promise.resolve(false),
  };
  const push = (e: ApiEvent) => listeners.get(e.event)?.forEach((cb) => cb(e.payload));
  const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  return { bridge, push, count };
}

const JOB: JobStatus = { jobId: 'j1', owner: 'u1', kind: 'registry.export', title: '导出台账', step: '读取数据', stepIndex: 1, steps: 2, done: 1, total: 2, state: 'running', error: null };

describe('IPC transport', () => {
  it('forwards each event with its payload and unsubscribes on stop', () => {
    const { bridge, push, count } = fakeBridge();
    const received: ApiEvent[] = [];
    const statuses: string[] = [];
    const stop = createIpcTransport(bridge).listen('token', { onEvent: (e) => received.push(e), onReconnect() {}, onStatus: (s) => statuses.push(s) });
    expect(count()).toBe(EVENT_NAMES.length);
    push({ event: 'changed', payload: { tables: ['case_record'] } });
    push({ event: 'job', payload: JOB });
    expect(received).toEqual([
      { event: 'changed', payload: { tables: ['case_record'] } },
      { event: 'job', payload: JOB },
    ]);
    expect(statuses).toEqual(['live']);
    stop();
    expect(count()).toBe(0);
    push({ event: 'changed', payload: { tables: ['org_unit'] } });
    expect(received).toHaveLength(2);
  });
});
