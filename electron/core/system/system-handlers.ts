// First run (town + administrator, optionally the demo town) and the system status.
import { audit } from '../audit/audit-log';
import { ulid } from 'ulid';
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers } from '../rpc/handler-types';
import { sessionUser } from '../auth/auth-handlers';
import { countUsers, findUserById } from '../auth/user-repo';
import { readSetting, SETTING_KEYS, writeSetting, type TownSetting } from '../settings/settings-repo';
import { DEFAULT_DEPARTMENTS } from '../org/default-departments';
import { seedDefaultCatalogue } from '../cases/default-catalogue';
import { seedDemoTown } from '../demo/demo-town';
import { seedDemoRegistry } from '../demo/demo-registry';
import { seedDemoCases } from '../demo/demo-cases';
import { seedDemoRoutine } from '../demo/demo-routine';
import { seedDemoVerification } from '../demo/demo-verification';
import { seedDemoScreening } from '../demo/demo-screening';
import { seedDemoDuty } from '../demo/demo-duty';
import { seedDemoSurveys } from '../demo/demo-surveys';
import { seedDemoAssessment } from '../demo/demo-assessment';
import { seedDemoMeetings } from '../demo/demo-meetings';
import { callToday } from '../rpc/call-today';

export const systemHandlers: Pick<Handlers, 'system.status' | 'system.setup' | 'system.connection'> = {
  'system.connection': (_input, { core }) => core.connection,

  'system.status': (_input, { core }) => {
    const town = readSetting<TownSetting | null>(core.db, SETTING_KEYS.town, null);
    return {
      setUp: countUsers(core.db) > 0,
      townName: town?.name ?? null,
      townCode: town?.code ?? null,
      deviceId: core.device.deviceId,
      devicePrefix: core.device.prefix,
      version: core.version,
    };
  },

  'system.setup': (input, ctx) => {
    const { core } = ctx;
    if (countUsers(core.db) > 0) throw new AppError('ALREADY_SET_UP');
    const now = new Date(core.now()).toISOString();
    const townId = ulid();
    const adminId = ulid();
    core.writer.transaction(null, (tx) => {
      tx.insert('org_unit', {
        id: townId,
        parent_id: null,
        kind: 'town',
        level: 1,
        code: input.townCode,
        name: input.townName,
        households: 0,
        population_registered: 0,
        population_floating: 0,
        archived: 0,
        created_at: now,
      });
      writeSetting(tx, SETTING_KEYS.town, { name: input.townName, code: input.townCode, unitId: townId } satisfies TownSetting);
      tx.insert('user_account', {
        id: adminId,
        username: input.adminUsername,
        display_name: input.adminDisplayName,
        role: 'admin',
        disabled: 0,
        created_at: now,
      });
      core.secrets.set(adminId, { password: input.adminPassword }, { mustChange: false });
      for (const d of DEFAULT_DEPARTMENTS) {
        tx.insert('department', { id: ulid(), code: d.code, name: d.name, phone: '', categories: JSON.stringify(d.categories), archived: 0 });
      }
      seedDefaultCatalogue(tx);
      if (input.demo) {
        // Demo accounts share a published password: on a real install (the first-run screen)
        // they start disabled and must change it; only `--demo` (local demos, tests) makes them usable.
        const accounts = { secrets: core.secrets, usable: core.demoAccountsUsable };
        seedDemoTown(tx, { id: townId, code: input.townCode, name: input.townName }, { seed: 20261121, now: core.now(), accounts });
        seedDemoRegistry(tx, { seed: 20261121, now: core.now() });
        seedDemoCases(tx, { now: core.now(), devicePrefix: core.device.prefix }, { seed: 20261121 });
        seedDemoRoutine(tx, { seed: 20261121, now: core.now() });
        seedDemoVerification(tx, { seed: 20261121, now: core.now() });
        seedDemoScreening(tx, { seed: 20261121, now: core.now() });
        seedDemoDuty(tx, { seed: 20261121, now: core.now() });
        seedDemoSurveys(tx, { seed: 20261121, now: core.now() });
        seedDemoAssessment(tx, { seed: 20261121, now: core.now() });
        seedDemoMeetings(tx, { now: core.now() });
      }
    });
    const admin = findUserById(core.db, adminId)!;
    audit(ctx, {
      action: 'setup',
      table: 'user_account',
      recordId: adminId,
      detail: { townCode: input.townCode, demo: input.demo ?? false },
      actor: { id: adminId, name: admin.display_name, role: 'admin' },
    });
    return { token: core.sessions.create(adminId), user: sessionUser(core.db, admin, callToday(ctx)) };
  },
};
