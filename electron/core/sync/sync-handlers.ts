// 数据同步 for administrators (this device, pairing, peers, quarantine) and the small indicator
// every signed-in screen shows. The sync node lives on the writer; a core without one (an
// in-memory core, a host that turned sync off) says so.
import { AppError } from '../../../shared/rpc/errors';
import type { SyncStatus } from '../../../shared/sync/sync-types';
import { audit } from '../audit/audit-log';
import { countUsers } from '../auth/user-repo';
import type { CallContext, Handlers } from '../rpc/handler-types';
import type { SyncNode } from './sync-node';

type SyncMethods =
  | 'sync.status'
  | 'sync.indicator'
  | 'sync.connect'
  | 'sync.accept'
  | 'sync.reject'
  | 'sync.revoke'
  | 'sync.join'
  | 'sync.joinStatus'
  | 'sync.rename'
  | 'sync.discardQuarantined';

const OFF = '本机未开启数据同步（由启动参数关闭，或尚未就绪）';

function node(ctx: CallContext): SyncNode {
  const n = ctx.core.sync;
  if (!n) throw new AppError('INVALID_STATE', OFF);
  return n;
}

function offStatus(ctx: CallContext): SyncStatus {
  return {
    device: { name: '', fingerprint: '', listening: null, schema: 0 },
    enabled: false,
    peers: [],
    pending: [],
    quarantine: [],
    conflictCases: ctx.core.db.cached('SELECT count(*) FROM case_record WHERE sync_conflict IS NOT NULL').pluck().get() as number,
  };
}

export const syncHandlers: Pick<Handlers, SyncMethods> = {
  'sync.status': (_input, ctx) => ctx.core.sync?.status() ?? offStatus(ctx),
  'sync.indicator': (_input, ctx) => ctx.core.sync?.indicator() ?? { state: 'alone', paired: 0, connected: 0, offlineSince: null, offlineForMs: null, quarantined: 0 },
  // Unlocked (the contract): it waits on the other PC; its own writes take the connection in turn.
  'sync.connect': async ({ address }, ctx) => {
    const result = await node(ctx).connect(address, ctx.actor);
    await ctx.core.exclusive(() =>
      audit(ctx, { action: 'sync.connect', table: 'sync_peer', detail: { address, outcome: result.outcome, fingerprint: result.fingerprint, name: result.name } }),
    );
    return result;
  },
  'sync.accept': ({ fingerprint }, ctx) => {
    node(ctx).accept(fingerprint, ctx.actor);
    audit(ctx, { action: 'sync.accept', table: 'sync_peer', detail: { fingerprint } });
    return { ok: true as const };
  },
  'sync.reject': ({ fingerprint }, ctx) => {
    node(ctx).reject(fingerprint);
    return { ok: true as const };
  },
  'sync.revoke': ({ fingerprint, reason }, ctx) => {
    node(ctx).revoke(fingerprint, reason, ctx.actor);
    audit(ctx, { action: 'sync.revoke', table: 'sync_peer', detail: { fingerprint, reason } });
    return { ok: true as const };
  },
  // First run only (the station checks its setup code first); unlocked like connect.
  'sync.join': async ({ address, adminUsername, adminPassword }, ctx) => {
    if (countUsers(ctx.core.db) > 0) throw new AppError('ALREADY_SET_UP', '本机已完成初始化，请在“系统设置 → 数据同步”中与其他电脑配对');
    const hash = await ctx.core.secrets.hashAsync(adminPassword);
    const result = await node(ctx).join(address, adminUsername, hash);
    await ctx.core.exclusive(() => audit(ctx, { action: 'sync.connect', table: 'sync_peer', detail: { address, join: true, outcome: result.outcome, fingerprint: result.fingerprint } }));
    return result;
  },
  'sync.joinStatus': (_input, ctx) => ctx.core.sync?.joinStatus() ?? { state: 'idle', code: null, name: null, done: 0, total: 0, error: null },
  'sync.rename': ({ name }, ctx) => {
    node(ctx).rename(name, ctx.actor);
    return { ok: true as const };
  },
  'sync.discardQuarantined': ({ ids }, ctx) => {
    const discarded = node(ctx).discard(ids);
    audit(ctx, { action: 'sync.discard', table: 'sync_peer', detail: { ids: ids.slice(0, 50), discarded } });
    return { discarded };
  },
};
