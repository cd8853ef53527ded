// RPC methods of 数据同步 (administrators) and the sync indicator (every signed-in screen).
// They run on the writer, where the sync node lives. Spread into shared/api.ts.
import { z } from 'zod';
import { method, returns, type MethodDef } from '../rpc/contract';
import { zPassword, zUsername } from '../auth/account-inputs';
import type { SyncConnectResult, SyncIndicator, SyncJoinStatus, SyncStatus } from './sync-types';

/** `host:port` or `host` (the default sync port), as a person types it. */
export const syncAddressInput = z.object({
  address: z
    .string()
    .trim()
    .min(1, '请填写对方电脑的地址')
    .max(200, '地址过长')
    .regex(/^[A-Za-z0-9.\-:[\]]+$/, '地址格式不正确，例如 192.168.1.20 或 192.168.1.20:47810'),
});

export const syncFingerprintInput = z.object({
  fingerprint: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, '设备指纹格式不正确'),
});

export const syncApi = {
  'sync.status': method({ input: z.object({}), output: returns<SyncStatus>(), access: 'users.manage', runsOn: 'writer', reads: ['sync_peer', 'case_record'] }),
  'sync.indicator': method({ input: z.object({}), output: returns<SyncIndicator>(), access: 'session', runsOn: 'writer', reads: ['sync_peer'] }),
  /** Connects to the PC at an address: a paired one syncs; an unknown one gets a pairing request (its administrator accepts). */
  'sync.connect': method({ input: syncAddressInput, output: returns<SyncConnectResult>(), access: 'users.manage', runsOn: 'writer', unlocked: true }),
  /** Accepts an incoming pairing request (after comparing the code on both screens). */
  'sync.accept': method({ input: syncFingerprintInput, output: returns<{ ok: true }>(), access: 'users.manage', writes: true }),
  /** Declines an incoming pairing request, or cancels an outgoing one. */
  'sync.reject': method({ input: syncFingerprintInput, output: returns<{ ok: true }>(), access: 'users.manage', runsOn: 'writer' }),
  /** Revokes a paired device: no PC gives it data any more (the revocation syncs). */
  'sync.revoke': method({
    input: syncFingerprintInput.extend({ reason: z.string().trim().min(1, '请填写撤销原因').max(200) }),
    output: returns<{ ok: true }>(),
    access: 'users.manage',
    writes: true,
  }),
  /**
   * First run of a new PC: join an existing centre instead of setting up a new town. A pairing
   * request goes to the PC at `address` (its administrator compares the code and accepts); the
   * centre's data then arrives here, and the named administrator account gets the password typed
   * here (passwords are never synced). Only before set-up; the station also asks for its setup code.
   */
  'sync.join': method({
    input: syncAddressInput.extend({ adminUsername: zUsername, adminPassword: zPassword, setupCode: z.string().max(64).optional() }),
    output: returns<SyncConnectResult>(),
    access: 'public',
    runsOn: 'writer',
    unlocked: true,
  }),
  /** How joining a centre goes (first run): waiting for acceptance, receiving, done. */
  'sync.joinStatus': method({ input: z.object({}), output: returns<SyncJoinStatus>(), access: 'public', runsOn: 'writer' }),
  /** Names this PC as the others show it. */
  'sync.rename': method({ input: z.object({ name: z.string().trim().min(1, '请填写设备名称').max(40, '设备名称不超过 40 字') }), output: returns<{ ok: true }>(), access: 'users.manage', writes: true }),
  /** Discards records held in quarantine (they are not applied). */
  'sync.discardQuarantined': method({ input: z.object({ ids: z.array(z.number().int()).min(1).max(10_000) }), output: returns<{ discarded: number }>(), access: 'users.manage', runsOn: 'writer' }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
