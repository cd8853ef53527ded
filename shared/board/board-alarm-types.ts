// The wall's grid map and emergency mode (issue 13): the grids' shapes (rarely changing, fetched
// apart), per-grid case counts, and the 突发 cases not yet acknowledged by a desk. Wall-safe: a
// case appears by its category and building (wall-text.ts); responders by their staff names only.
import type { OrgUnit } from '../org/org-types';

/** What the map draws of an org unit: its place in the tree and its boundary (GeoJSON text). */
export type MapUnit = Pick<OrgUnit, 'id' | 'parentId' | 'kind' | 'name' | 'boundary' | 'archived'>;

/** The villages, communities and grids of the town with their boundaries (board.mapShapes). */
export interface BoardMapShapes {
  units: MapUnit[];
}

export interface BoardMapGridCount {
  gridId: string;
  open: number;
  overdue: number;
}

/** Case counts per grid and the grids in emergency (board.map); grids with no open case are left out. */
export interface BoardMapState {
  generatedAt: string;
  grids: BoardMapGridCount[];
  /** Grids of an unacknowledged 突发 case (the source grid). */
  emergencyGridIds: string[];
  /** Neighbouring grids alerted by those cases. */
  alertedGridIds: string[];
}

export interface BoardEmergencyNeighbour {
  gridId: string;
  gridName: string;
  /** The grid's team (网格长, 网格员) by name, leader first; no phone numbers. */
  responders: string[];
  /** When the neighbouring team acknowledged the alert (cases.ackAlert), and who. */
  acknowledgedAt: number | null;
  acknowledgedByName: string | null;
}

/** An active 突发 case that no desk has acknowledged yet. */
export interface BoardEmergency {
  caseId: string;
  number: string;
  /** Category and sub-category (wallSubject). */
  subject: string;
  /** The address cut to the building (wallPlace). */
  place: string;
  gridId: string | null;
  gridName: string | null;
  villageName: string | null;
  receivedAt: number;
  neighbours: BoardEmergencyNeighbour[];
}

/** The alarm queue, oldest first (board.emergencies); `total` counts every unacknowledged one. */
export interface BoardEmergencies {
  generatedAt: string;
  total: number;
  items: BoardEmergency[];
}

/** The answer to a desk's 「确认收到」. */
export interface EmergencyAck {
  caseId: string;
  number: string;
  acknowledgedAt: number;
  acknowledgedByName: string;
}
