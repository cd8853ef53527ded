// The county database's ledgers (county-fixture.ts): per grid, houses (urban grids: flats in
// blocks of 5 floors × 4 rooms, some rented out; rural grids: numbered houses of the village's
// groups), households living in them, and their people — 1,000,000 in all — with valid citizen
// IDs (most born here, incomers from other provinces), phones, care tags by age, a few special-
// population records; then a quarter of household visits with a verification sample, and
// half-monthly dispute screenings per grid.
import { makeCitizenId } from '../../shared/registry/citizen-id';
import { addDays, shanghaiInstant } from '../../electron/core/calendar';
import type { Db } from '../../electron/core/db/connection';
import { randomPersonName } from '../../electron/core/demo/chinese-names';
import { MobileNumbers } from '../../electron/core/demo/mobile-numbers';
import type { SeededRandom } from '../../electron/core/demo/seeded-random';
import { nameInitials } from '../../electron/core/registry/name-initials';
import type { CountyGrid, CountyOrg } from './county-org';
import { COUNTY, insertInto, pad } from './county-shape';

const DAY = 86_400_000;
/** Birth regions of incomers (province capitals' codes) beside the county's own 330782. */
const OTHER_REGIONS = ['410102', '341102', '360102', '510104', '430102', '420102', '522301', '450102', '360702', '411302'];
const OTHER_ADDRESSES = ['河南省周口市川汇区', '安徽省滁州市琅琊区', '江西省南昌市东湖区', '四川省成都市锦江区', '湖南省长沙市芙蓉区', '湖北省武汉市江岸区', '贵州省兴义市', '广西南宁市兴宁区', '江西省赣州市章贡区', '河南省南阳市宛城区'];
const EMPLOYERS = ['县城投集团', '青溪纺织有限公司', '宏达五金厂', '县人民医院', '鑫源物流公司', '县第一中学', '万家福超市', '星河电子科技', '顺丰速运营业部', '东方建材市场'];
const OCCUPATIONS = ['工人', '农民', '个体经营', '教师', '医生', '司机', '快递员', '销售', '退休', '学生', '无业'];
const RELATIONS_SPOUSE = '配偶';

interface Household {
  id: string;
  no: string;
  house: { id: string; address: string };
  registered: boolean;
  region: number;
}

export function buildRegistry(db: Db, rng: SeededRandom, org: CountyOrg): void {
  const building = insertInto(db, 'building', ['id', 'grid_id', 'name', 'address', 'floors', 'archived']);
  const house = insertInto(db, 'house', ['id', 'grid_id', 'building_id', 'address', 'address_key', 'unit', 'room', 'area_m2', 'usage', 'is_rental', 'rental_use', 'landlord_name', 'landlord_phone', 'occupants', 'archived']);
  const household = insertInto(db, 'household', ['id', 'grid_id', 'household_no', 'house_id', 'head_person_id', 'address', 'archived']);
  const person = insertInto(db, 'person', [
    'id', 'citizen_id', 'name', 'name_py', 'ethnicity', 'phone', 'residence_type', 'household_address', 'address', 'house_id', 'household_id', 'relation_to_head',
    'employer', 'occupation', 'political_status', 'care_tags', 'arrival_date', 'residence_reason', 'grid_id', 'archived',
  ]);
  const special = insertInto(db, 'special_person', ['id', 'person_id', 'grid_id', 'kind', 'supervision_level', 'start_date', 'status', 'archived']);
  const setHouseholds = db.prepare('UPDATE org_unit SET households = ?, population_registered = ?, population_floating = ? WHERE id = ?');
  const phones = new MobileNumbers(rng);
  const ids = new Set<string>();
  const todayYear = Number(COUNTY.today.slice(0, 4));
  let personNo = 0;

  const citizenId = (region: string, birth: string): string => {
    for (;;) {
      const id = makeCitizenId(region, birth, rng.int(0, 999));
      if (!ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
  };
  const birthFor = (age: number): string => {
    const year = todayYear - age;
    const d = new Date(Date.UTC(year, 0, 1) + rng.int(0, 364) * DAY);
    return d.toISOString().slice(0, 10);
  };

  const grid = (g: CountyGrid) => {
    const target = Math.round((g.urban ? COUNTY.peoplePerGrid.urban : COUNTY.peoplePerGrid.rural) * rng.range(0.8, 1.2));
    // Houses: about one per 3.3 people, a few standing empty.
    const houses: { id: string; address: string; rental: boolean }[] = [];
    const houseCount = Math.round(target / 3.3);
    let b = 0;
    for (let h = 0; h < houseCount; h++) {
      const hid = `${g.id}-R${pad(h, 4)}`;
      let address: string;
      let buildingId: string | null = null;
      let unitNo: string | null = null;
      let room: string | null = null;
      if (g.urban) {
        const inBlock = h % 40;
        if (inBlock === 0) {
          b++;
          building.run(`${g.id}-B${pad(b, 2)}`, g.id, `${b}幢`, `${g.villageName}${g.index % 20 + 1}区${b}幢`, 5, 0);
        }
        buildingId = `${g.id}-B${pad(b, 2)}`;
        unitNo = `${Math.floor(inBlock / 20) + 1}单元`;
        room = `${Math.floor((inBlock % 20) / 4) + 1}0${(inBlock % 4) + 1}`;
        address = `${g.villageName}${g.index % 20 + 1}区${b}幢${unitNo}${room}室`;
      } else {
        address = `${g.villageName}${Math.floor(h / 30) + 1}组${(h % 30) + 1}号`;
      }
      const rental = rng.chance(g.urban ? 0.22 : 0.08);
      house.run(hid, g.id, buildingId, address, address.replace(/\s+/g, ''), unitNo, room, rng.int(45, 160), 'residential', rental ? 1 : 0, rental ? 'residence' : null, rental ? randomPersonName(rng).name : null, rental ? phones.next() : null, null, 0);
      houses.push({ id: hid, address, rental });
    }
    // Households: registered families in owned homes, incomers renting (some sharing a flat).
    let people = 0;
    let registered = 0;
    let floating = 0;
    let hhNo = 0;
    const hhs: Household[] = [];
    while (people < target) {
      const h = houses[rng.int(0, houses.length - 1)]!;
      const isRegistered = !h.rental || rng.chance(0.15);
      const hh: Household = { id: `${g.id}-H${pad(hhNo, 4)}`, no: `${g.code}${pad(hhNo + 1, 4)}`, house: h, registered: isRegistered, region: rng.int(0, OTHER_REGIONS.length - 1) };
      hhNo++;
      hhs.push(hh);
      const size = isRegistered ? rng.weighted([[1, 12], [2, 28], [3, 30], [4, 18], [5, 8], [6, 4]] as const) : rng.weighted([[1, 40], [2, 35], [3, 20], [4, 5]] as const);
      const members: string[] = [];
      let headAge = rng.int(25, 85);
      if (!isRegistered) headAge = rng.int(18, 55);
      const surname = randomPersonName(rng).name.slice(0, 1);
      for (let m = 0; m < size && people < target; m++) {
        const pid = `P${pad(personNo++, 7)}`;
        const role = m === 0 ? '户主' : m === 1 ? RELATIONS_SPOUSE : headAge > 55 && m === 2 ? rng.pick(['子', '女']) : rng.pick(['子', '女', '父亲', '母亲', '孙子', '孙女']);
        const age = m === 0 ? headAge : m === 1 ? Math.max(18, headAge + rng.int(-5, 5)) : role === '父亲' || role === '母亲' ? Math.min(100, headAge + rng.int(22, 32)) : Math.max(0, headAge - rng.int(22, 34));
        const named = randomPersonName(rng, { generation: age >= 45 ? 'older' : 'younger' });
        const name = m === 0 || role === '子' || role === '女' || role === '孙子' || role === '孙女' ? surname + named.name.slice(1) : named.name;
        const birth = birthFor(age);
        const residence = isRegistered ? (rng.chance(0.04) ? 'separated' : 'registered') : rng.chance(0.01) ? 'foreign' : 'floating';
        const region = residence === 'floating' ? OTHER_REGIONS[hh.region]! : '330782';
        const tags: string[] = [];
        if (age >= 60) tags.push('elderly');
        if (age >= 70 && size === 1) tags.push('living_alone');
        if (rng.chance(0.02)) tags.push('disabled');
        if (rng.chance(0.015)) tags.push('low_income');
        if (age < 16 && rng.chance(0.05)) tags.push('left_behind_child');
        const working = age >= 18 && age < 60;
        person.run(
          pid, residence === 'foreign' ? `E${pad(personNo, 8)}` : citizenId(region, birth), name, nameInitials(name), rng.chance(0.97) ? '汉族' : rng.pick(['回族', '畲族', '苗族', '土家族']),
          age >= 16 && rng.chance(0.75) ? phones.next() : null, residence,
          residence === 'floating' ? `${OTHER_ADDRESSES[hh.region]}${rng.int(1, 300)}号` : h.address, h.address, h.id, residence === 'floating' && rng.chance(0.5) ? null : hh.id, role,
          working && rng.chance(0.4) ? rng.pick(EMPLOYERS) : null, age >= 16 ? rng.pick(OCCUPATIONS) : '学生',
          age >= 18 ? rng.weighted([['masses', 85], ['party_member', 8], ['league', 6], ['democratic', 1]] as const) : age >= 14 ? 'league' : 'masses',
          tags.length ? JSON.stringify(tags) : null, residence === 'floating' ? addDays(COUNTY.today, -rng.int(10, 2000)) : null, residence === 'floating' ? rng.pick(['务工', '经商', '投靠亲友', '就学']) : null,
          g.id, 0,
        );
        if (age >= 18 && rng.chance(0.003)) {
          special.run(`${pid}-S`, pid, g.id, rng.pick(['released', 'correction', 'drug', 'mental', 'youth', 'petition']), rng.pick(['strict', 'normal', 'loose']), addDays(COUNTY.today, -rng.int(30, 1500)), 'active', 0);
        }
        members.push(pid);
        people++;
        if (residence === 'floating' || residence === 'foreign') floating++;
        else registered++;
      }
      household.run(hh.id, g.id, hh.no, h.id, members[0] ?? null, h.address, 0);
    }
    setHouseholds.run(hhs.length, registered, floating, g.id);
    return hhs;
  };

  const visit = insertInto(db, 'household_visit', ['id', 'household_id', 'grid_id', 'visit_date', 'staff_id', 'household_class', 'class_kind', 'met_name', 'situation', 'created_at', 'updated_at']);
  const verify = insertInto(db, 'visit_verification', ['id', 'visit_id', 'quarter', 'drawn_at', 'outcome', 'verified_on', 'updated_at']);
  const screening = insertInto(db, 'dispute_screening', ['id', 'grid_id', 'period', 'screen_date', 'staff_id', 'none_found', 'created_at']);
  const qDays = org.days.filter((d) => d >= COUNTY.quarter.from && d <= COUNTY.quarter.to);
  // A transaction per 100 grids keeps the WAL and the page cache small while a million rows go in.
  for (let start = 0; start < org.grids.length; start += 100) {
    db.transaction(() => {
      for (const g of org.grids.slice(start, start + 100)) {
        const hhs = grid(g);
        // A quarter of visits: about half the households, by the grid's A worker.
        for (const hh of hhs) {
          if (!rng.chance(0.5)) continue;
          const date = rng.pick(qDays);
          const cls = rng.chance(0.1) ? 1 : rng.chance(0.3) ? 2 : 3;
          const vid = `${hh.id}-V`;
          const at = shanghaiInstant(date, '10:00').getTime();
          visit.run(vid, hh.id, g.id, date, org.workerOf(g.index), cls, cls === 1 ? 'vulnerable' : cls === 2 ? 'elderly_alone' : 'other', '户主', '情况正常', at, at);
          if (rng.chance(0.1)) verify.run(`${vid}-C`, vid, COUNTY.quarter.key, at + 20 * DAY, rng.chance(0.95) ? 'accurate' : 'inaccurate', addDays(date, 20), at + 20 * DAY);
        }
        for (let m = 4; m <= 9; m++) {
          for (const half of [1, 2]) {
            if (!rng.chance(0.95)) continue;
            const date = `2026-${pad(m, 2)}-${half === 1 ? pad(rng.int(1, 14), 2) : pad(rng.int(16, 28), 2)}`;
            screening.run(`${g.id}-${m}-${half}`, g.id, `2026-${pad(m, 2)}-${half}`, date, org.workerOf(g.index), 1, shanghaiInstant(date).getTime());
          }
        }
      }
    })();
  }
}
