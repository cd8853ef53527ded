// The grid notice board (网格公示牌) and household contact cards (服务联系卡): the grid, its
// team with photos and duties, neighbours and the town's supervision phone. Special
// populations never appear here. Staff photos live in the synced `staff_photo` table.
import { TEAM_ROLE_LABELS, type Post, type TeamRole } from '../../../shared/org/org-types';
import type { NoticeSettings } from '../../../shared/registry/registry-inputs';
import type { NoticeBoard, NoticeTeamMember } from '../../../shared/registry/notice-types';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { readSetting, SETTING_KEYS, writeSetting, type TownSetting } from '../settings/settings-repo';
import { requireGrid } from './unit-scope';
import { gridServed, OUT_OF_SCOPE } from './registry-scope';

const NOTICE_KEY = 'notice_board';

const DEFAULT_NOTICE: NoticeSettings = {
  supervisionPhone: '',
  serviceHours: '工作日 8:30–17:30，紧急情况24小时',
  servicePromise: '有呼必应、有难必帮、有事必办',
};

/** What each role does, as printed on the board. */
export const TEAM_DUTIES: Record<TeamRole, string> = {
  leader: '统筹网格工作，组织网格团队开展服务管理',
  worker_full: '巡查走访、信息采集、矛盾排查、事件上报与跟踪',
  worker_part: '协助网格员巡查走访、信息采集和事件上报',
  assistant: '协助开展治安巡防、环境整治等工作',
  supervisor: '督导网格工作落实，核查走访质量',
  police: '治安防范、矛盾调处、法治宣传',
  building_head: '联系本楼栋住户，反映社情民意',
  volunteer: '参与志愿服务和群防群治',
};

const ROLE_ORDER: TeamRole[] = ['leader', 'worker_full', 'worker_part', 'assistant', 'supervisor', 'police', 'building_head', 'volunteer'];

export function noticeSettings(db: ReadDb): NoticeSettings {
  return { ...DEFAULT_NOTICE, ...readSetting<Partial<NoticeSettings>>(db, NOTICE_KEY, {}) };
}

export function noticeBoard(ctx: CallContext, gridId: string): NoticeBoard {
  const db = ctx.core.db;
  const grid = requireGrid(db, gridId);
  const unit = db.prepare('SELECT households, population_registered, population_floating, area_km2, boundary FROM org_unit WHERE id = ?').get(gridId) as {
    households: number;
    population_registered: number;
    population_floating: number;
    area_km2: number | null;
    boundary: string | null;
  };
  const team = db
    .prepare(
      `SELECT s.id, s.name, s.phone, a.team_role, a.post, ph.mime, ph.data
       FROM staff_assignment a JOIN staff s ON s.id = a.staff_id AND s.archived = 0 LEFT JOIN staff_photo ph ON ph.id = s.id
       WHERE a.unit_id = ?`,
    )
    .all(gridId) as { id: string; name: string; phone: string; team_role: TeamRole; post: Post | null; mime: string | null; data: string | null }[];
  team.sort((a, b) => ROLE_ORDER.indexOf(a.team_role) - ROLE_ORDER.indexOf(b.team_role) || (a.post ?? 'Z').localeCompare(b.post ?? 'Z') || a.name.localeCompare(b.name, 'zh-CN'));
  const members: NoticeTeamMember[] = team.map((t) => ({
    staffId: t.id,
    name: t.name,
    phone: t.phone,
    teamRole: t.team_role,
    roleLabel: t.post ? `${TEAM_ROLE_LABELS[t.team_role]}（${t.post}岗）` : TEAM_ROLE_LABELS[t.team_role],
    post: t.post,
    duties: TEAM_DUTIES[t.team_role],
    photo: t.mime && t.data ? { mime: t.mime, base64: t.data } : null,
  }));
  const neighbours = db
    .prepare('SELECT g.id, g.name FROM grid_neighbor n JOIN org_unit g ON g.id = n.neighbor_id WHERE n.unit_id = ? ORDER BY g.code')
    .all(gridId) as { id: string; name: string }[];
  const settings = noticeSettings(db);
  const town = readSetting<TownSetting | null>(db, SETTING_KEYS.town, null);
  return {
    grid: {
      id: grid.id,
      code: grid.code,
      name: grid.name,
      villageName: grid.villageName,
      gridType: grid.gridType,
      households: unit.households,
      population: unit.population_registered + unit.population_floating,
      areaKm2: unit.area_km2,
      boundary: unit.boundary,
    },
    neighbours,
    team: members,
    supervisionPhone: settings.supervisionPhone,
    serviceHours: settings.serviceHours ?? '',
    servicePromise: settings.servicePromise ?? '',
    townName: town?.name ?? '',
    generatedAt: new Date(ctx.core.now()).toISOString(),
  };
}

export const noticeHandlers: Pick<
  Handlers,
  'registry.noticeBoard' | 'registry.contactCards' | 'registry.setStaffPhoto' | 'registry.noticeSettings' | 'registry.setNoticeSettings'
> = {
  'registry.noticeBoard': ({ gridId }, ctx) => noticeBoard(ctx, gridId),

  'registry.contactCards': ({ gridId }, ctx) => {
    // The cards name each household's head: a grid worker prints them for its own grids only.
    if (!gridServed(ctx, gridId)) throw new AppError('NOT_FOUND', `网格${OUT_OF_SCOPE}`);
    const board = noticeBoard(ctx, gridId);
    const households = ctx.core.db
      .prepare(
        `SELECT hh.id, hh.household_no, coalesce(hh.address, h.address, p.address) AS address, p.name AS head_name
         FROM household hh LEFT JOIN house h ON h.id = hh.house_id LEFT JOIN person p ON p.id = hh.head_person_id
         WHERE hh.grid_id = ? AND hh.archived = 0 ORDER BY hh.household_no`,
      )
      .all(gridId) as { id: string; household_no: string; address: string | null; head_name: string | null }[];
    return { board, households: households.map((h) => ({ id: h.id, householdNo: h.household_no, address: h.address, headName: h.head_name })) };
  },

  'registry.setStaffPhoto': ({ staffId, photo }, ctx) => {
    const db = ctx.core.db;
    if (!db.prepare('SELECT 1 FROM staff WHERE id = ?').get(staffId)) throw new AppError('NOT_FOUND', '工作人员不存在');
    const exists = !!db.prepare('SELECT 1 FROM staff_photo WHERE id = ?').get(staffId);
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      if (!photo) {
        if (exists) tx.remove('staff_photo', staffId);
      } else if (exists) tx.update('staff_photo', staffId, { mime: photo.mime, data: photo.base64 });
      else tx.insert('staff_photo', { id: staffId, mime: photo.mime, data: photo.base64 });
      audit(ctx, { action: 'photo', table: 'staff_photo', recordId: staffId, detail: { removed: !photo } });
    });
    return { ok: true };
  },

  'registry.noticeSettings': (_input, ctx) => noticeSettings(ctx.core.db),

  'registry.setNoticeSettings': (input, ctx) => {
    const merged = { ...noticeSettings(ctx.core.db), ...input };
    ctx.core.writer.transaction(ctx.actor, (tx) => writeSetting(tx, NOTICE_KEY, merged));
    return noticeSettings(ctx.core.db);
  },
};
