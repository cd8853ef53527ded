// One demonstration account per role (except admin), all with the same published password.
// Made from the first-run screen (a real install) they start disabled and must change that
// password at first sign-in; only the station's `--demo` flag makes them usable as they are.
import type { Role } from '../../../shared/auth/roles';
import type { AccountSecrets } from '../auth/account-secrets';
import { randomPersonName } from './chinese-names';
import type { DemoContext } from './demo-context';
import type { SeededStaff } from './demo-staff';

export const DEMO_PASSWORD = 'towngrid2026';

export const DEMO_ACCOUNTS: readonly { username: string; role: Exclude<Role, 'admin'> }[] = [
  { username: 'zhuren', role: 'director' },
  { username: 'diaodu', role: 'dispatcher' },
  { username: 'bumen', role: 'department_handler' },
  { username: 'dudao', role: 'supervisor' },
  { username: 'wangge', role: 'grid_worker' },
  { username: 'huibao', role: 'presenter' },
  { username: 'daping', role: 'display' },
];

export interface DemoAccountOptions {
  secrets: Pick<AccountSecrets, 'hash' | 'set'>;
  /** true: enabled with the published password (`--demo`); false: disabled, password change forced. */
  usable: boolean;
}

/**
 * Inserts the demo accounts; the supervisor and grid-worker accounts are linked to staff
 * records. An account whose username is already taken (e.g. by the administrator) is skipped.
 * Returns how many accounts were created.
 */
export function seedDemoUsers(
  ctx: DemoContext,
  links: { supervisor: SeededStaff; gridWorker: SeededStaff },
  accounts: DemoAccountOptions,
): number {
  const { tx, rng } = ctx;
  const hash = accounts.secrets.hash(DEMO_PASSWORD); // scrypt is slow: hash once, share the string
  const taken = tx.db.prepare('SELECT 1 FROM user_account WHERE username = ? COLLATE NOCASE');
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    let displayName: string;
    let staffId: string | null = null;
    if (account.role === 'supervisor') {
      displayName = links.supervisor.name;
      staffId = links.supervisor.id;
    } else if (account.role === 'grid_worker') {
      displayName = links.gridWorker.name;
      staffId = links.gridWorker.id;
    } else if (account.role === 'display') {
      displayName = '值班大屏';
    } else {
      displayName = randomPersonName(rng).name;
    }
    const id = ctx.newId();
    if (taken.get(account.username)) continue;
    // The department handler works for the town's urban-management squad (城管中队).
    const departmentId =
      account.role === 'department_handler'
        ? ((tx.db.prepare("SELECT id FROM department WHERE code = 'CG'").get() as { id: string } | undefined)?.id ?? null)
        : null;
    tx.insert('user_account', {
      id,
      username: account.username,
      display_name: displayName,
      role: account.role,
      disabled: accounts.usable ? 0 : 1,
      staff_id: staffId,
      department_id: departmentId,
      created_at: ctx.createdAt,
    });
    accounts.secrets.set(id, { hash }, { mustChange: !accounts.usable });
    created++;
  }
  return created;
}
