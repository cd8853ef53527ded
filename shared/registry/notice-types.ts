// Data for the printable grid notice board (网格公示牌) and household contact cards (服务联系卡).
import type { Post, TeamRole } from '../org/org-types';

export interface NoticeTeamMember {
  staffId: string;
  name: string;
  phone: string;
  teamRole: TeamRole;
  roleLabel: string;
  post: Post | null;
  /** What this role does, as printed on the board. */
  duties: string;
  photo: { mime: string; base64: string } | null;
}

export interface NoticeBoard {
  grid: {
    id: string;
    code: string;
    name: string;
    villageName: string;
    gridType: string | null;
    households: number;
    population: number;
    areaKm2: number | null;
    boundary: string | null;
  };
  neighbours: { id: string; name: string }[];
  team: NoticeTeamMember[];
  supervisionPhone: string;
  serviceHours: string;
  servicePromise: string;
  townName: string;
  generatedAt: string;
}

export interface ContactCards {
  board: NoticeBoard;
  households: { id: string; householdNo: string; address: string | null; headName: string | null }[];
}
