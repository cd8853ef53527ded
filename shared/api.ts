// The one contract between the renderer (any transport) and the core.
// Each method: its zod input schema, its output type, the access it needs, the tables it reads.
import { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from './rpc/contract';
import type { Role } from './auth/roles';
import { ROLES } from './auth/roles';
import type { Department, OrgUnit, Staff, StaffAssignment, TeamRole, Post, UnitKind, GridType } from './org/org-types';
import {
  assignInput,
  departmentInput,
  departmentUpdateInput,
  staffInput,
  staffUpdateInput,
  unitCreateInput,
  unitMoveInput,
  unitUpdateInput,
} from './org/org-types';
import type { GridSizeRanges } from './org/grid-size';
import type { PopulationReport, PopulationSource } from './registry/population-types';
import { gridSizeRangesSchema } from './org/grid-size';
import { auditApi } from './audit/audit-api';
import { backupApi } from './backup/backup-api';
import { syncApi } from './sync/sync-api';
import { zPassword, zUsername } from './auth/account-inputs';
import { boardApi } from './board/board-api';
import { boardLayoutApi } from './board/board-layout-api';
import { boardPanelApi } from './board/board-panel-api';
import { boardAlarmApi } from './board/board-alarm-api';
import { calendarApi } from './calendar/calendar-api';
import { caseApi } from './cases/case-api';
import { registryApi } from './registry/registry-api';
import { routineApi } from './routine/routine-api';
import { assessmentApi } from './assessment/assessment-api';
import { assessmentReportApi } from './assessment/report-api';
import { verificationApi } from './routine/verification-api';
import { visitApi } from './routine/visit-api';
import { meetingsApi } from './meetings/meetings-api';
import { jobsApi } from './jobs/jobs-api';
import { duplicatesApi } from './sync/duplicates-api';
import type { SetupProgress } from './system/setup-progress';
import { notificationApi } from './notifications/notification-api';
import { startApi } from './start/start-api';
import { reportsApi } from './reports/reports-api';

export interface SystemStatus {
  setUp: boolean;
  townName: string | null;
  townCode: string | null;
  deviceId: string;
  devicePrefix: string;
  version: string;
}

/** How this core's host is reached: with `--lan` the station serves HTTPS with this certificate. */
export interface HostConnection {
  /** Whether the station host is open to the LAN (over HTTPS). */
  lan: boolean;
  /** SHA-256 fingerprint of the station's TLS certificate, `AB:CD:…`; null when not serving the LAN. */
  tlsFingerprint: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  permissions: string[];
  /** The account must choose a new password before anything else (demo accounts, a password an administrator set). */
  mustChangePassword: boolean;
  /**
   * The grids the account's ledgers are limited to (a grid worker's served grids), for the
   * screens' grid choices; null: not limited by grid. The core enforces the scope either way.
   */
  grids: string[] | null;
}

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** The department a department handler works for (their dispatched cases are their queue). */
  departmentId: string | null;
  departmentName: string | null;
  /** Whether the account has a password on this PC (an account synced from another PC has none until one is set here). */
  hasLocalPassword: boolean;
  mustChangePassword: boolean;
}

export interface GridRow {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  gridType: GridType | null;
  parentId: string | null;
  villageName: string;
  /** Shown figures: counted from the grid's ledger if it has one, else typed (see populationSource). */
  households: number;
  populationRegistered: number;
  populationFloating: number;
  populationSource: PopulationSource;
  staffCount: number;
  leaderName: string | null;
  sizeWarning: string | null;
  archived: boolean;
}

export interface AssignmentRow extends StaffAssignment {
  staffName: string;
  staffPhone: string;
  unitName: string;
  unitCode: string;
  teamRole: TeamRole;
  post: Post | null;
}

const zId = z.object({ id: z.string().min(1) });

export const api = {
  'system.status': method({ input: emptyInput, output: returns<SystemStatus>(), access: 'public', reads: ['setting'] }),
  /** Which step of the demo build the first run is on (the build is one transaction; readers answer meanwhile). */
  'system.setupProgress': method({ input: emptyInput, output: returns<SetupProgress>(), access: 'public' }),
  'system.connection': method({ input: emptyInput, output: returns<HostConnection>(), access: 'session' }),
  'system.setup': method({
    input: z.object({
      townName: z.string().trim().min(2, '镇/街道名称至少2个字').max(40),
      townCode: z.string().trim().regex(/^\d{9}$/, '行政区划代码应为9位数字（如 330782101）'),
      adminUsername: zUsername,
      adminDisplayName: z.string().trim().min(1, '请输入姓名').max(30),
      adminPassword: zPassword,
      demo: z.boolean().default(false),
      /** The one-time code the station host prints at start; the station checks it (the desktop app needs none). */
      setupCode: z.string().max(64).optional(),
    }),
    output: returns<SessionLogin>(),
    access: 'public',
    writes: true,
  }),

  'auth.login': method({
    input: z.object({ username: z.string().trim().min(1, '请输入用户名').max(64), password: z.string().min(1, '请输入密码').max(128) }),
    output: returns<SessionLogin>(),
    access: 'public',
    // Creates the session (and keeps the sign-in throttle) on the writable connection.
    runsOn: 'writer',
  }),
  'auth.logout': method({ input: emptyInput, output: returns<{ ok: true }>(), access: 'session', runsOn: 'writer' }),
  'auth.me': method({ input: emptyInput, output: returns<SessionUser>(), access: 'session' }),
  /** The wall display's session is renewed by rotation (a new token with a new 7-day limit) before that limit. */
  'auth.renew': method({ input: emptyInput, output: returns<SessionLogin>(), access: 'session', runsOn: 'writer' }),
  'auth.changePassword': method({
    input: z.object({ oldPassword: z.string().min(1).max(128), newPassword: zPassword }),
    output: returns<{ ok: true }>(),
    access: 'session',
    writes: true,
  }),

  'users.list': method({ input: emptyInput, output: returns<UserRow[]>(), access: 'users.manage', reads: ['user_account', 'department'] }),
  'users.create': method({
    input: z.object({
      username: zUsername,
      displayName: z.string().trim().min(1).max(30),
      role: z.enum(ROLES),
      password: zPassword,
      departmentId: z.string().min(1).nullable().optional(),
      mustChangePassword: z.boolean().optional(),
    }),
    output: returns<UserRow>(),
    access: 'users.manage',
    writes: true,
  }),
  'users.update': method({
    input: z.object({
      id: z.string().min(1),
      departmentId: z.string().min(1).nullable().optional(),
      displayName: z.string().trim().min(1).max(30).optional(),
      role: z.enum(ROLES).optional(),
      disabled: z.boolean().optional(),
      password: zPassword.optional(),
      mustChangePassword: z.boolean().optional(),
    }),
    output: returns<UserRow>(),
    access: 'users.manage',
    writes: true,
  }),

  'org.units': method({
    input: z.object({ includeArchived: z.boolean().optional() }),
    output: returns<OrgUnit[]>(),
    access: 'org.read',
    reads: ['org_unit'],
  }),
  'org.unit': method({ input: zId, output: returns<OrgUnit>(), access: 'org.read', reads: ['org_unit'] }),
  'org.createUnit': method({ input: unitCreateInput, output: returns<OrgUnit>(), access: 'org.write', writes: true }),
  'org.updateUnit': method({ input: unitUpdateInput, output: returns<OrgUnit>(), access: 'org.write', writes: true }),
  'org.moveUnit': method({ input: unitMoveInput, output: returns<OrgUnit>(), access: 'org.write', writes: true }),
  'org.archiveUnit': method({
    input: z.object({ id: z.string().min(1), archived: z.boolean() }),
    output: returns<OrgUnit>(),
    access: 'org.write',
    writes: true,
  }),
  'org.grids': method({
    input: z.object({ parentId: z.string().optional(), includeArchived: z.boolean().optional() }),
    output: returns<GridRow[]>(),
    access: 'org.read',
    reads: ['org_unit', 'staff_assignment', 'staff', 'setting', 'person', 'household'],
  }),
  'org.gridSizeRanges': method({ input: emptyInput, output: returns<GridSizeRanges>(), access: 'org.read', reads: ['setting'] }),
  /** A unit's households and population (counted from the ledger, typed where a grid has none) and its children's; the town without unitId. */
  'org.population': method({
    input: z.object({ unitId: z.string().min(1).optional() }),
    output: returns<PopulationReport>(),
    access: 'org.read',
    reads: ['org_unit', 'person', 'household'],
  }),
  'org.setGridSizeRanges': method({ input: gridSizeRangesSchema, output: returns<GridSizeRanges>(), access: 'settings.write', writes: true }),

  'staff.list': method({
    input: z.object({ includeArchived: z.boolean().optional() }),
    output: returns<Staff[]>(),
    access: 'org.read',
    reads: ['staff'],
  }),
  'staff.create': method({ input: staffInput, output: returns<Staff>(), access: 'org.write', writes: true }),
  'staff.update': method({ input: staffUpdateInput, output: returns<Staff>(), access: 'org.write', writes: true }),
  'staff.assignments': method({
    input: z.object({ unitId: z.string().optional(), staffId: z.string().optional() }),
    output: returns<AssignmentRow[]>(),
    access: 'org.read',
    reads: ['staff_assignment', 'staff', 'org_unit'],
  }),
  'staff.assign': method({ input: assignInput, output: returns<AssignmentRow>(), access: 'org.write', writes: true }),
  'staff.unassign': method({ input: zId, output: returns<{ ok: true }>(), access: 'org.write', writes: true }),

  'departments.list': method({
    input: z.object({ includeArchived: z.boolean().optional() }),
    output: returns<Department[]>(),
    access: 'org.read',
    reads: ['department'],
  }),
  'departments.create': method({ input: departmentInput, output: returns<Department>(), access: 'org.write', writes: true }),
  'departments.update': method({ input: departmentUpdateInput, output: returns<Department>(), access: 'org.write', writes: true }),


  ...caseApi,
  ...calendarApi,
  ...boardApi,
  ...boardLayoutApi,
  ...boardPanelApi,
  ...boardAlarmApi,
  ...auditApi,
  ...backupApi,
  ...syncApi,
  ...registryApi,
  ...routineApi,
  ...verificationApi,
  ...assessmentApi,
  ...assessmentReportApi,
  ...visitApi,
  ...meetingsApi,
  ...jobsApi,
  ...duplicatesApi,
  ...notificationApi,
  ...startApi,
  ...reportsApi,
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;

export interface SessionLogin {
  token: string;
  user: SessionUser;
}

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = Api[M]['output'];
export type { ApiEvent, ApiEvents, EventName } from './rpc/contract';
export { EVENT_NAMES, isEventName } from './rpc/contract';
