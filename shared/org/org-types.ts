// Organisation domain (SPEC §1): town → village/community → grid → micro-grid/building.
import { z } from 'zod';

export const UNIT_KINDS = ['town', 'village', 'community', 'grid', 'microgrid', 'building'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  town: '镇/街道',
  village: '村',
  community: '社区',
  grid: '网格',
  microgrid: '微网格',
  building: '楼栋',
};

/** Hierarchy level of each kind: 1 town, 2 village/community, 3 grid, 4 micro-grid/building. */
export const UNIT_LEVEL: Record<UnitKind, 1 | 2 | 3 | 4> = {
  town: 1,
  village: 2,
  community: 2,
  grid: 3,
  microgrid: 4,
  building: 4,
};

/** Which kinds may sit directly under which parent kind. */
export const ALLOWED_PARENT: Record<UnitKind, readonly UnitKind[]> = {
  town: [],
  village: ['town'],
  community: ['town'],
  grid: ['village', 'community'],
  microgrid: ['grid'],
  building: ['grid', 'microgrid'],
};

export const GRID_TYPES = ['urban', 'rural'] as const;
export type GridType = (typeof GRID_TYPES)[number];
export const GRID_TYPE_LABELS: Record<GridType, string> = { urban: '城镇网格', rural: '农村网格' };

export interface OrgUnit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  level: number;
  code: string;
  name: string;
  gridType: GridType | null;
  households: number;
  populationRegistered: number;
  populationFloating: number;
  areaKm2: number | null;
  boundary: string | null;
  archived: boolean;
  updatedAt: string;
}

export const TEAM_ROLES = [
  'leader',
  'worker_full',
  'worker_part',
  'assistant',
  'supervisor',
  'police',
  'building_head',
  'volunteer',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  leader: '网格长',
  worker_full: '专职网格员',
  worker_part: '兼职网格员',
  assistant: '协管员',
  supervisor: '督导员',
  police: '社区民警',
  building_head: '楼栋长',
  volunteer: '志愿者',
};

export const POSTS = ['A', 'B'] as const;
export type Post = (typeof POSTS)[number];

export interface Staff {
  id: string;
  name: string;
  phone: string;
  gender: 'M' | 'F' | null;
  title: string;
  onDuty: boolean;
  archived: boolean;
}

export interface StaffAssignment {
  id: string;
  staffId: string;
  unitId: string;
  teamRole: TeamRole;
  post: Post | null;
}

export interface Department {
  id: string;
  code: string;
  name: string;
  phone: string;
  categories: string[];
  archived: boolean;
}

// ---- input schemas (shared by the contract and forms) ----

const zName = z.string().trim().min(1, '名称不能为空').max(60, '名称不能超过60个字');
const zCount = z.number().int('必须是整数').min(0, '不能为负数').max(10_000_000, '数值过大');
const zCode = z.string().trim().regex(/^\d{6,21}$/, '编码必须是6至21位数字');
export const zPhone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{3,8})$/, '电话号码格式不正确');

export const unitCreateInput = z.object({
  parentId: z.string().min(1),
  kind: z.enum(['village', 'community', 'grid', 'microgrid', 'building']),
  code: zCode,
  name: zName,
  gridType: z.enum(GRID_TYPES).nullable().optional(),
  households: zCount.default(0),
  populationRegistered: zCount.default(0),
  populationFloating: zCount.default(0),
  areaKm2: z.number().min(0).max(100_000).nullable().optional(),
});
export type UnitCreateInput = z.infer<typeof unitCreateInput>;

export const unitUpdateInput = z.object({
  id: z.string().min(1),
  code: zCode.optional(),
  name: zName.optional(),
  gridType: z.enum(GRID_TYPES).nullable().optional(),
  households: zCount.optional(),
  populationRegistered: zCount.optional(),
  populationFloating: zCount.optional(),
  areaKm2: z.number().min(0).max(100_000).nullable().optional(),
  boundary: z.string().max(2_000_000).nullable().optional(),
});
export type UnitUpdateInput = z.infer<typeof unitUpdateInput>;

export const unitMoveInput = z.object({
  id: z.string().min(1),
  newParentId: z.string().min(1),
  /** The new code under the new parent; required because codes follow the parent's code. */
  newCode: zCode,
});

export const staffInput = z.object({
  name: z.string().trim().min(1, '姓名不能为空').max(30),
  phone: zPhone,
  gender: z.enum(['M', 'F']).nullable().optional(),
  title: z.string().trim().max(40).default(''),
});

export const staffUpdateInput = staffInput.partial().extend({
  id: z.string().min(1),
  onDuty: z.boolean().optional(),
  archived: z.boolean().optional(),
});

export const assignInput = z.object({
  staffId: z.string().min(1),
  unitId: z.string().min(1),
  teamRole: z.enum(TEAM_ROLES),
  post: z.enum(POSTS).nullable().optional(),
});

export const departmentInput = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,20}$/, '部门编码只能包含字母、数字、下划线'),
  name: zName,
  phone: z.string().trim().max(30).default(''),
  categories: z.array(z.string().trim().min(1).max(30)).max(50).default([]),
});

export const departmentUpdateInput = departmentInput.partial().extend({
  id: z.string().min(1),
  archived: z.boolean().optional(),
});
