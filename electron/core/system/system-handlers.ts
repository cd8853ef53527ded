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
import { DEMO_SETUP_STEPS } from '../../../shared/system/setup-progress';

export const systemHandlers: Pick<Handlers, 'system.status' | 'system.setup' | 'system.connection' | 'system.setupProgress'> = {
  'system.connection': (_input, { core }) => core.connection,

  'system.setupProgress': (_input, { core }) => core.setupProgress.read(),

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
        const seed = 20261121;
        const at = { seed, now: core.now() };
        // One step per DEMO_SETUP_STEPS entry, in its order; the first-run screen shows which runs.
        const steps: readonly (() => void)[] = [
          () => seedDemoTown(tx, { id: townId, code: input.townCode, name: input.townName }, { ...at, accounts }),
          () => seedDemoRegistry(tx, at),
          () => seedDemoCases(tx, { now: core.now(), devicePrefix: core.device.prefix }, { seed }),
          () => seedDemoRoutine(tx, at),
          () => seedDemoVerification(tx, at),
          () => seedDemoScreening(tx, at),
          () => {
            seedDemoDuty(tx, at);
            seedDemoSurveys(tx, at);
          },
          () => seedDemoAssessment(tx, at),
          () => seedDemoMeetings(tx, { now: core.now() }),
        ];
        if (steps.length !== DEMO_SETUP_STEPS.length) throw new Error('demo steps and their labels differ');
        try {
          steps.forEach((run, i) => {
            core.setupProgress.begin(i);
            run();
          });
        } finally {
          core.setupProgress.done();
        }
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
