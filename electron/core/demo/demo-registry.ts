// The demo town's ledgers (SPEC §2, "1+5+N"): about 40,000 residents in households and
// houses — estates with buildings in the community grids, self-built houses in the village
// grids, rented flats and shop fronts with landlords and floating tenants — with valid citizen
// IDs, care tags and Party members; premises including the nine small kinds with safety
// grades; public facilities placed inside their grid's boundary; special-population records
// with help visits; and half a year of the dispute register. Each grid keeps the household
// count the demo town gave it (so the size warnings stay) and takes its population figures
// from the ledger. Everything goes through the change writer; same seed and time, same data.
import { monotonicFactory } from 'ulid';
import { makeCitizenId } from '../../../shared/registry/citizen-id';
import { pointInRing, type Pt } from '../../../shared/registry/geometry';
import type { CareTag, FacilityKind, OrgKind, SafetyGrade } from '../../../shared/registry/registry-types';
import { addressKey } from '../../../shared/registry/address-key';
import type { SyncedTableName } from '../../../shared/db/tables';
import type { NewRow, Row, WriteTx } from '../db/change-writer';
import { nameInitials } from '../registry/name-initials';
import { sumUpwards } from '../registry/grid-figures';
import { randomPersonName, randomSurname } from './chinese-names';
import { MobileNumbers } from './mobile-numbers';
import { SeededRandom } from './seeded-random';
import {
  DISPUTE_STORIES,
  EMPLOYERS,
  ESTATES,
  FACILITY_CODES,
  FOREIGNERS,
  HOME_ADDRESS,
  HOME_REGION,
  NEAR_REGIONS,
  OCCUPATIONS_FLOATING,
  OCCUPATIONS_RURAL,
  OCCUPATIONS_URBAN,
  ORG_NAMES,
  ORIGINS,
  RESIDENCE_REASONS,
  SPECIAL_KIND_WEIGHTS,
  STREETS,
  VISIT_CONTENTS,
} from './demo-registry-texts';

export interface DemoRegistrySummary {
  people: number;
  households: number;
  houses: number;
  buildings: number;
  organisations: number;
  facilities: number;
  specials: number;
  visits: number;
  disputes: number;
}

const DEFAULT_PEOPLE = 40_000;
const DAY = 86_400_000;

interface Grid {
  id: string;
  code: string;
  name: string;
  urban: boolean;
  households: number;
  village: string;
  villageId: string;
  /** Position of the grid within its village/community (1-based): the villagers' group number. */
  index: number;
  ring: Pt[] | null;
  workers: { name: string; phone: string }[];
}

type Residence = 'registered' | 'floating' | 'separated' | 'foreign';

interface Member {
  id: string;
  name: string;
  age: number;
  gender: 'M' | 'F';
  gridId: string;
  residence: Residence;
  citizenId: string;
  phone: string | null;
}

function loadGrids(tx: WriteTx): Grid[] {
  const rows = tx.db
    .prepare(
      `SELECT g.id, g.code, g.name, g.grid_type, g.households, g.boundary, p.id AS village_id, p.name AS village
       FROM org_unit g JOIN org_unit p ON p.id = g.parent_id WHERE g.kind = 'grid' AND g.archived = 0 ORDER BY g.code`,
    )
    .all() as { id: string; code: string; name: string; grid_type: string | null; households: number; boundary: string | null; village_id: string; village: string }[];
  const workers = tx.db
    .prepare(
      `SELECT a.unit_id, s.name, s.phone FROM staff_assignment a JOIN staff s ON s.id = a.staff_id
       WHERE a.team_role IN ('worker_full', 'leader') ORDER BY a.team_role DESC, a.post`,
    )
    .all() as { unit_id: string; name: string; phone: string }[];
  const counter = new Map<string, number>();
  return rows.map((r) => {
    const index = (counter.get(r.village_id) ?? 0) + 1;
    counter.set(r.village_id, index);
    let ring: Pt[] | null = null;
    try {
      const geo = r.boundary ? (JSON.parse(r.boundary) as { type: string; coordinates: number[][][] }) : null;
      if (geo?.type === 'Polygon') ring = geo.coordinates[0]!.map((c) => [c[0]!, c[1]!] as Pt);
    } catch {
      ring = null;
    }
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      urban: r.grid_type === 'urban',
      households: r.households,
      village: r.village,
      villageId: r.village_id,
      index,
      ring,
      workers: workers.filter((w) => w.unit_id === r.id).map((w) => ({ name: w.name, phone: w.phone })),
    };
  });
}

export function seedDemoRegistry(tx: WriteTx, opts: { seed: number; now: number; people?: number }): DemoRegistrySummary {
  const summary: DemoRegistrySummary = { people: 0, households: 0, houses: 0, buildings: 0, organisations: 0, facilities: 0, specials: 0, visits: 0, disputes: 0 };
  const grids = loadGrids(tx);
  if (grids.length === 0) return summary;

  const root = new SeededRandom(opts.seed ^ 0x5eed1);
  const rng = root.fork();
  const placeRng = root.fork();
  const specialRng = root.fork();
  const makeId = monotonicFactory(root.fork().asFunction());
  const idTime = Math.max(1, Math.floor(opts.now));
  const newId = () => makeId(idTime);
  const phones = new MobileNumbers(root.fork());
  const today = new Date(opts.now + 8 * 3600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const usedIds = new Set<string>();
  const insert = <T extends SyncedTableName>(table: T, row: NewRow<T>) => {
    const clean: Row & { id: string } = { id: row.id };
    for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) clean[k] = v;
    tx.insert(table, clean);
  };
  const dayBefore = (days: number) => new Date(opts.now + 8 * 3600_000 - days * DAY).toISOString().slice(0, 10);

  // ---------- people ----------

  /** A birth date of someone `age` years old today. */
  const birthFor = (age: number) => {
    const birthday = Date.UTC(year - age, Number(today.slice(5, 7)) - 1, Math.min(28, Number(today.slice(8, 10))));
    return new Date(birthday - rng.int(0, 364) * DAY).toISOString().slice(0, 10);
  };
  const citizenId = (region: string, birth: string, gender: 'M' | 'F') => {
    for (;;) {
      const id = makeCitizenId(region, birth, rng.int(0, 499) * 2 + (gender === 'M' ? 1 : 0));
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };
  const population = new Map<string, { registered: number; floating: number }>();
  const everyone: Member[] = [];

  interface NewPerson {
    grid: Grid;
    name: string;
    gender: 'M' | 'F';
    age: number;
    residence: Residence;
    origin: { region: string; address: string } | null;
    address: string;
    houseId: string;
    householdId: string;
    relation: string;
    tags: CareTag[];
    arrival: string | null;
  }

  const addPerson = (p: NewPerson): Member => {
    const id = newId();
    const birth = birthFor(p.age);
    let cid: string;
    const row: NewRow<'person'> = { id };
    if (p.residence === 'foreign') {
      const [nationality, letter] = rng.pick(FOREIGNERS);
      cid = `${letter}${String(rng.int(10_000_000, 99_999_999))}`;
      usedIds.add(cid);
      Object.assign(row, { nationality, dob_override: birth, gender_override: p.gender });
    } else {
      cid = citizenId(p.origin?.region ?? HOME_REGION, birth, p.gender);
    }
    const adult = p.age >= 18;
    const phone = p.age >= 16 && p.age <= 82 && rng.chance(p.residence === 'registered' ? 0.9 : 0.97) ? phones.next() : null;
    let occupation: string | null = null;
    let employer: string | null = null;
    if (p.age >= 6 && p.age <= 18) occupation = '学生';
    if (p.age >= 6 && p.age <= 12) employer = '青溪镇中心小学';
    else if (p.age >= 13 && p.age <= 15) employer = '青溪镇初级中学';
    else if (adult && p.age < 60) {
      occupation = p.residence === 'floating' ? rng.pick(OCCUPATIONS_FLOATING) : p.grid.urban ? rng.pick(OCCUPATIONS_URBAN) : rng.pick(OCCUPATIONS_RURAL);
      if (occupation !== '务农' && rng.chance(0.5)) employer = rng.pick(EMPLOYERS);
    } else if (p.age >= 60) occupation = p.grid.urban && rng.chance(0.6) ? '退休' : p.grid.urban ? null : '务农';
    let political: string | null = null;
    if (p.age >= 25 && rng.chance(p.gender === 'M' ? 0.1 : 0.05)) political = 'party_member';
    else if (p.age >= 14 && p.age <= 27 && rng.chance(0.25)) political = 'league';
    const tags = new Set<CareTag>(p.tags);
    if (rng.chance(0.018)) tags.add('disabled');
    if (p.age >= 60 && p.gender === 'M' && rng.chance(0.012)) tags.add('entitled');
    if (((p.gender === 'F' && p.age >= 40 && p.age < 50) || (p.gender === 'M' && p.age >= 50 && p.age < 60)) && rng.chance(0.03)) tags.add('hard_to_employ');
    if (p.age >= 18 && p.age < 40 && rng.chance(0.02)) tags.add('unemployed');
    if (p.age >= 50 && rng.chance(0.012)) tags.add('seriously_ill');
    Object.assign(row, {
      citizen_id: cid,
      name: p.name,
      name_py: nameInitials(p.name),
      phone,
      residence_type: p.residence,
      household_address: p.origin?.address ?? `${HOME_ADDRESS}${p.address}`,
      address: p.address,
      house_id: p.houseId,
      household_id: p.householdId,
      relation_to_head: p.relation,
      employer,
      occupation,
      political_status: political,
      care_tags: tags.size ? JSON.stringify([...tags].sort()) : null,
      ethnicity: p.residence === 'foreign' ? null : rng.chance(0.97) ? '汉族' : rng.pick(['畲族', '回族', '土家族', '苗族']),
      arrival_date: p.arrival,
      residence_reason: p.residence === 'floating' || p.residence === 'foreign' ? rng.weighted(RESIDENCE_REASONS) : null,
      permit_no: p.residence === 'floating' && adult && rng.chance(0.45) ? `330782${year - rng.int(0, 4)}${String(rng.int(0, 999_999)).padStart(6, '0')}` : null,
      grid_id: p.grid.id,
    });
    insert('person', row);
    summary.people++;
    const pop = population.get(p.grid.id) ?? { registered: 0, floating: 0 };
    if (p.residence === 'registered' || p.residence === 'separated') pop.registered++;
    else pop.floating++;
    population.set(p.grid.id, pop);
    const member: Member = { id, name: p.name, age: p.age, gender: p.gender, gridId: p.grid.id, residence: p.residence, citizenId: cid, phone };
    everyone.push(member);
    return member;
  };

  /** A household of `size` people in a house: head, spouse, children, sometimes a parent. */
  const addHousehold = (grid: Grid, houseId: string, address: string, householdNo: string, size: number, residence: Residence): Member[] => {
    const householdId = newId();
    const floating = residence === 'floating' || residence === 'foreign';
    const origin =
      residence === 'floating'
        ? (() => {
            const [region, place] = rng.weighted(ORIGINS.map(([r, a, w]) => [[r, a] as const, w] as const));
            return { region, address: `${place}${rng.pick(['城关镇', '新华乡', '石桥镇', '太平镇', '青山乡'])}${rng.int(1, 12)}组${rng.int(1, 80)}号` };
          })()
        : residence === 'separated'
          ? (() => {
              const [region, place] = rng.pick(NEAR_REGIONS);
              return { region, address: `${place}${rng.pick(['白龙桥镇', '孝顺镇', '横店镇', '江东镇'])}${rng.int(1, 30)}号` };
            })()
          : null;
    const arrival = floating ? dayBefore(rng.int(60, 8 * 365)) : null;
    const headAge = floating ? rng.int(20, 52) : size === 1 ? rng.int(25, 90) : rng.int(28, 80);
    const headGender: 'M' | 'F' = rng.chance(size === 1 && headAge > 70 ? 0.4 : 0.78) ? 'M' : 'F';
    const generation = (age: number) => (age >= 45 ? 'older' : 'younger') as 'older' | 'younger';
    const headName = randomPersonName(rng, { gender: headGender, generation: generation(headAge) });
    const surname = headName.name.slice(0, 1);
    const tags: CareTag[] = [];
    if (size === 1 && headAge >= 65) tags.push('living_alone', 'empty_nest');
    if (size === 2 && headAge >= 65 && rng.chance(0.6)) tags.push('empty_nest');
    const householdTags: CareTag[] = rng.chance(0.02) ? ['low_income'] : size === 1 && headAge >= 70 && rng.chance(0.05) ? ['extreme_poverty'] : [];
    const base = { grid, residence, origin, address, houseId, householdId, arrival };
    const members: Member[] = [addPerson({ ...base, name: headName.name, gender: headGender, age: headAge, relation: '户主', tags: [...tags, ...householdTags] })];
    if (size >= 2) {
      const age = Math.max(18, headAge + rng.int(-4, 4));
      const gender = headGender === 'M' ? 'F' : 'M';
      members.push(addPerson({ ...base, name: randomPersonName(rng, { gender, generation: generation(age) }).name, gender, age, relation: '配偶', tags: [...tags, ...householdTags] }));
    }
    const withParent = size >= 4 && headAge < 50 && rng.chance(0.4);
    for (let i = members.length; i < size - (withParent ? 1 : 0); i++) {
      const age = Math.max(0, headAge - rng.int(22, 34) - rng.int(0, 6));
      const gender: 'M' | 'F' = rng.chance(0.52) ? 'M' : 'F';
      const given = randomPersonName(rng, { gender, generation: generation(age) }).name.slice(1);
      const childTags: CareTag[] = !grid.urban && age >= 3 && age <= 15 && rng.chance(0.08) ? ['left_behind_child'] : [];
      members.push(addPerson({ ...base, name: surname + given, gender, age, relation: gender === 'M' ? '子' : '女', tags: [...householdTags, ...childTags] }));
    }
    if (withParent) {
      const age = Math.min(96, headAge + rng.int(24, 30));
      const gender: 'M' | 'F' = rng.chance(0.4) ? 'M' : 'F';
      const name = gender === 'M' ? surname + randomPersonName(rng, { gender, generation: 'older' }).name.slice(1) : randomPersonName(rng, { gender, generation: 'older' }).name;
      members.push(addPerson({ ...base, name, gender, age, relation: gender === 'M' ? '父亲' : '母亲', tags: householdTags }));
    }
    insert('household', { id: householdId, grid_id: grid.id, household_no: householdNo, house_id: houseId, head_person_id: members[0]!.id });
    summary.households++;
    return members;
  };

  // ---------- houses and households, grid by grid ----------

  const totalHouseholds = grids.reduce((s, g) => s + g.households, 0);
  let peopleLeft = opts.people ?? DEFAULT_PEOPLE;
  let householdsLeft = totalHouseholds;
  const sizeFor = (grid: Grid, rental: boolean) => {
    const mean = (peopleLeft / Math.max(1, householdsLeft)) * (rental ? 0.8 : grid.urban ? 0.95 : 1.15);
    householdsLeft--;
    const size = Math.max(1, Math.min(6, Math.round(mean + (rng.next() - 0.5) * 2.6)));
    peopleLeft -= size;
    return size;
  };
  const shopFronts = new Map<string, { id: string; address: string }[]>();
  const landlordsOf = new Map<string, Member[]>();

  for (const grid of grids) {
    const code6 = grid.code.slice(-6);
    const rentalRate = grid.urban ? 0.27 : 0.06;
    const rentals = Math.round(grid.households * rentalRate);
    const owners = grid.households - rentals;
    const street = STREETS[(grid.index + grid.village.length) % STREETS.length]!;
    let householdSeq = 0;
    const houseSlots: { address: string; buildingId: string | null; building: string | null; unit: string | null; room: string | null }[] = [];
    if (grid.urban) {
      const estate = ESTATES[(grid.index * 3 + grid.code.length) % ESTATES.length]!;
      const estateAddress = `${street}${grid.index * 10 + 8}号${estate}`;
      const perBuilding = 24;
      const buildings = Math.ceil(grid.households / perBuilding);
      for (let b = 1; b <= buildings; b++) {
        const buildingId = newId();
        insert('building', { id: buildingId, grid_id: grid.id, name: `${b}幢`, address: estateAddress, floors: rng.pick([6, 6, 11, 18]) });
        summary.buildings++;
        for (let k = 0; k < perBuilding && houseSlots.length < grid.households; k++) {
          houseSlots.push({ address: estateAddress, buildingId, building: `${b}幢`, unit: `${(k % 2) + 1}单元`, room: `${Math.floor(k / 4) + 1}0${(k % 4) + 1}` });
        }
      }
    } else {
      for (let k = 0; k < grid.households; k++) houseSlots.push({ address: `${grid.village}${grid.index}组${k + 1}号`, buildingId: null, building: null, unit: null, room: null });
    }
    const slots = rng.shuffle(houseSlots);
    const gridLandlords: Member[] = [];
    landlordsOf.set(grid.id, gridLandlords);
    slots.forEach((slot, k) => {
      const rental = k >= owners;
      const houseId = newId();
      const fullAddress = [slot.address, slot.building, slot.unit, slot.room].filter(Boolean).join('');
      const size = sizeFor(grid, rental);
      const residence: Residence = rental
        ? grid.urban && rng.chance(0.02)
          ? 'foreign'
          : rng.chance(0.9)
            ? 'floating'
            : 'separated'
        : rng.chance(grid.urban ? 0.08 : 0.03)
          ? 'separated'
          : 'registered';
      let landlord: Member | null = null;
      if (rental && gridLandlords.length > 0 && rng.chance(0.65)) landlord = rng.pick(gridLandlords);
      const landlordName = landlord?.name ?? randomPersonName(rng).name;
      insert('house', {
        id: houseId,
        grid_id: grid.id,
        building_id: slot.buildingId,
        address: slot.address,
        address_key: addressKey(slot.address, slot.building, slot.unit, slot.room),
        unit: slot.unit,
        room: slot.room,
        area_m2: grid.urban ? rng.int(55, 140) : rng.int(110, 320),
        structure: grid.urban ? 'steel_concrete' : rng.weighted([['brick_concrete', 70], ['brick_wood', 20], ['steel_concrete', 10]] as const),
        ownership: grid.urban ? (rng.chance(0.9) ? 'commercial' : 'public') : 'self_built',
        usage: 'residential',
        is_rental: rental ? 1 : 0,
        rental_use: rental ? (rng.chance(0.9) ? 'living' : 'group') : null,
        landlord_person_id: landlord?.id,
        landlord_name: rental ? landlordName : null,
        landlord_phone: rental ? (landlord?.phone ?? phones.next()) : null,
        landlord_citizen_id: rental ? (landlord?.citizenId ?? citizenId(HOME_REGION, birthFor(rng.int(35, 70)), rng.chance(0.6) ? 'M' : 'F')) : null,
        occupants: rental ? size : null,
      });
      summary.houses++;
      householdSeq++;
      const members = addHousehold(grid, houseId, fullAddress, `${code6}${String(householdSeq).padStart(4, '0')}`, size, residence);
      if (!rental && members[0]!.age >= 30) gridLandlords.push(members[0]!);
    });

    // Shop fronts along the street (urban) or the village road: rented premises of the small businesses.
    const fronts: { id: string; address: string }[] = [];
    const frontCount = grid.urban ? placeRng.int(6, 12) : placeRng.int(1, 4);
    for (let f = 0; f < frontCount; f++) {
      const address = grid.urban ? `${street}${grid.index * 20 + f * 2 + 1}号` : `${grid.village}${grid.index}组${grid.households + f + 1}号`;
      const id = newId();
      const rented = placeRng.chance(0.7);
      const landlord = rented && gridLandlords.length ? placeRng.pick(gridLandlords) : null;
      insert('house', {
        id,
        grid_id: grid.id,
        address,
        address_key: addressKey(address),
        area_m2: placeRng.int(25, 180),
        structure: grid.urban ? 'steel_concrete' : 'brick_concrete',
        ownership: grid.urban ? 'commercial' : 'self_built',
        usage: grid.urban ? 'shop' : 'mixed',
        is_rental: rented ? 1 : 0,
        rental_use: rented ? 'business' : null,
        landlord_person_id: landlord?.id,
        landlord_name: landlord?.name,
        landlord_phone: landlord?.phone,
        landlord_citizen_id: landlord?.citizenId,
      });
      summary.houses++;
      fronts.push({ id, address });
    }
    shopFronts.set(grid.id, fronts);
  }

  // ---------- organisations and premises ----------

  const firstGridOf = new Set<string>();
  const seenVillages = new Set<string>();
  for (const g of grids) {
    if (!seenVillages.has(g.villageId)) {
      seenVillages.add(g.villageId);
      firstGridOf.add(g.id);
    }
  }
  const creditCode = (prefix: string) => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let s = `${prefix}330782`;
    while (s.length < 18) s += chars[placeRng.int(0, chars.length - 1)];
    return s;
  };
  const grade = (): SafetyGrade => placeRng.weighted([['A', 45], ['B', 38], ['C', 13], ['D', 4]] as const);
  for (const grid of grids) {
    const names = new Set<string>();
    const fronts = shopFronts.get(grid.id) ?? [];
    const place = grid.urban ? grid.village.replace(/社区$/, '') : grid.village.replace(/村$/, '');
    const kinds: OrgKind[] = [];
    const some = (kind: OrgKind, min: number, max: number) => {
      for (let i = placeRng.int(min, max); i > 0; i--) kinds.push(kind);
    };
    if (grid.urban) {
      some('small_shop', 2, 4);
      some('small_restaurant', 2, 4);
      some('small_beauty', 1, 3);
      some('individual', 2, 4);
      some('enterprise', 0, 2);
      if (placeRng.chance(0.4)) kinds.push('small_clinic');
      if (placeRng.chance(0.25)) kinds.push('small_internet');
      if (placeRng.chance(0.3)) kinds.push('small_hotel');
      if (placeRng.chance(0.3)) kinds.push('small_entertainment');
      if (placeRng.chance(0.3)) kinds.push('small_school');
    } else {
      some('small_shop', 1, 2);
      some('small_workshop', 1, 3);
      some('individual', 0, 2);
      some('enterprise', 0, 1);
      if (placeRng.chance(0.4)) kinds.push('live_work');
      if (placeRng.chance(0.3)) kinds.push('small_restaurant');
    }
    if (firstGridOf.has(grid.id)) {
      kinds.push('party', 'social');
      kinds.push(grid.urban ? 'public_institution' : 'culture_sport');
      if (!grid.urban) kinds.push('small_clinic');
    }
    kinds.forEach((kind, i) => {
      let name = placeRng.pick(ORG_NAMES[kind]).replace('{s}', randomSurname(placeRng)).replace('{p}', kind === 'party' || kind === 'social' || kind === 'public_institution' || kind === 'culture_sport' ? grid.village : place);
      for (let n = 2; names.has(name); n++) name = `${name.replace(/（\d+店）$/, '')}（${n}店）`;
      names.add(name);
      const premises = !['party', 'social', 'public_institution', 'culture_sport'].includes(kind);
      const safety = premises ? grade() : null;
      const boss = randomPersonName(placeRng);
      insert('organisation', {
        id: newId(),
        grid_id: grid.id,
        name,
        name_py: nameInitials(name),
        kind,
        address: fronts.length && premises ? fronts[i % fronts.length]!.address : grid.urban ? `${grid.village}党群服务中心` : `${grid.village}村委会`,
        legal_person: boss.name,
        phone: phones.next(),
        credit_code: kind === 'enterprise' ? creditCode('91') : kind === 'individual' || kind.startsWith('small_') ? creditCode('92') : null,
        employees: kind === 'enterprise' ? placeRng.int(15, 180) : premises ? placeRng.int(1, 12) : null,
        area_m2: premises ? placeRng.int(20, kind === 'enterprise' ? 3000 : 260) : null,
        safety_grade: safety,
        key_supervision:
          safety === 'D' || (safety === 'C' && placeRng.chance(0.5)) || (['small_entertainment', 'small_internet', 'small_hotel', 'live_work'].includes(kind) && placeRng.chance(0.4)) ? 1 : 0,
      });
      summary.organisations++;
    });
  }

  // ---------- facilities, placed inside their grid ----------

  const custodian = (kind: FacilityKind, grid: Grid) =>
    kind === 'hydrant' ? '镇消防工作站' : kind === 'camera' ? '镇综治中心' : kind === 'drain' || kind === 'manhole' ? '镇水务站' : kind === 'trash' ? '镇环卫所' : kind === 'fitness' ? `${grid.village}${grid.urban ? '居委会' : '村委会'}` : '镇城管中队';
  const pointIn = (grid: Grid): [number, number] | null => {
    if (!grid.ring) return null;
    const xs = grid.ring.map((p) => p[0]);
    const ys = grid.ring.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let tries = 0; tries < 50; tries++) {
      const p: Pt = [placeRng.range(x0, x1), placeRng.range(y0, y1)];
      if (pointInRing(p, grid.ring)) return [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
    }
    return null;
  };
  for (const grid of grids) {
    const counts: [FacilityKind, number, number][] = grid.urban
      ? [['street_light', 12, 24], ['manhole', 8, 16], ['hydrant', 3, 6], ['camera', 4, 9], ['drain', 4, 8], ['trash', 2, 5], ['sign', 2, 4], ['fitness', 0, 2], ['road', 1, 3]]
      : [['street_light', 4, 10], ['manhole', 2, 5], ['hydrant', 1, 2], ['camera', 2, 4], ['drain', 2, 4], ['trash', 2, 4], ['bridge', 0, 2], ['fitness', 0, 1], ['road', 1, 3]];
    const street = STREETS[(grid.index + grid.village.length) % STREETS.length]!;
    for (const [kind, min, max] of counts) {
      for (let n = 1, count = placeRng.int(min, max); n <= count; n++) {
        const at = pointIn(grid);
        insert('facility', {
          id: newId(),
          grid_id: grid.id,
          kind,
          code: `${FACILITY_CODES[kind]}-${grid.code.slice(-6)}-${String(n).padStart(3, '0')}`,
          location: grid.urban ? `${street}${placeRng.int(1, 200)}号附近` : `${grid.village}${grid.index}组村道旁`,
          lon: at?.[0],
          lat: at?.[1],
          condition: placeRng.weighted([['good', 88], ['damaged', 7], ['missing', 2], ['repairing', 3]] as const),
          custodian: custodian(kind, grid),
        });
        summary.facilities++;
      }
    }
  }

  // ---------- special populations with their visits ----------

  const gridById = new Map(grids.map((g) => [g.id, g]));
  const adults = everyone.filter((m) => m.age >= 16 && m.age <= 75 && m.residence !== 'foreign');
  const specialCount = Math.round(summary.people * 0.003);
  const chosen = new Set<string>();
  for (let i = 0; i < specialCount && adults.length > 0; i++) {
    const kind = specialRng.weighted(SPECIAL_KIND_WEIGHTS);
    let m = specialRng.pick(adults);
    for (let tries = 0; (chosen.has(m.id) || (kind === 'youth' ? m.age > 25 : m.age < 18)) && tries < 20; tries++) m = specialRng.pick(adults);
    if (chosen.has(m.id)) continue;
    chosen.add(m.id);
    const grid = gridById.get(m.gridId)!;
    const helper = grid.workers.length ? specialRng.pick(grid.workers) : { name: '综治办', phone: '' };
    const level = specialRng.weighted([['strict', 20], ['normal', 55], ['loose', 25]] as const);
    const startDays = specialRng.int(60, 4 * 365);
    const ended = specialRng.chance(0.12);
    const id = newId();
    insert('special_person', {
      id,
      person_id: m.id,
      grid_id: m.gridId,
      kind,
      supervision_level: level,
      start_date: dayBefore(startDays),
      end_date: ended ? dayBefore(specialRng.int(1, Math.max(2, startDays - 30))) : null,
      helper_name: helper.name,
      helper_phone: helper.phone || null,
      status: ended ? 'ended' : 'active',
    });
    summary.specials++;
    const visits = level === 'strict' ? specialRng.int(9, 12) : level === 'normal' ? specialRng.int(4, 6) : specialRng.int(2, 4);
    const span = Math.min(365, startDays);
    for (let v = 0; v < visits; v++) {
      const date = dayBefore(Math.max(1, Math.round(((v + 0.5) / visits) * span) + specialRng.int(-5, 5)));
      insert('special_visit', {
        id: newId(),
        special_id: id,
        visit_date: date,
        visitor: helper.name,
        method: specialRng.weighted([['home', 60], ['phone', 25], ['interview', 15]] as const),
        content: specialRng.pick(VISIT_CONTENTS[kind]),
        finding: specialRng.chance(0.1) ? '情绪有波动，已报告社区民警关注' : null,
        created_at: `${date}T10:00:00.000+08:00`,
      });
      summary.visits++;
    }
  }

  // ---------- the dispute register, last six months ----------

  const disputeCount = Math.round(totalHouseholds / 100);
  for (let i = 0; i < disputeCount; i++) {
    const grid = specialRng.pick(grids);
    const [kind, summaryText, result] = specialRng.pick(DISPUTE_STORIES);
    const found = specialRng.int(1, 180);
    const status = specialRng.weighted([['resolved', 70], ['open', 25], ['referred', 5]] as const);
    const mediator = grid.workers.length ? specialRng.pick(grid.workers).name : '镇综治办';
    const a = randomPersonName(specialRng).name;
    const b = randomPersonName(specialRng).name;
    insert('dispute', {
      id: newId(),
      grid_id: grid.id,
      found_date: dayBefore(found),
      parties: `${a}与${b}`,
      kind,
      summary: summaryText,
      status,
      mediator,
      result: status === 'open' ? null : status === 'referred' ? '已移交镇综治办' : result,
      resolved_date: status === 'resolved' ? dayBefore(Math.max(0, found - specialRng.int(1, 20))) : null,
    });
    summary.disputes++;
  }

  // ---------- grid figures follow the ledger ----------

  for (const grid of grids) {
    const pop = population.get(grid.id) ?? { registered: 0, floating: 0 };
    tx.update('org_unit', grid.id, { population_registered: pop.registered, population_floating: pop.floating });
  }
  sumUpwards(tx);
  return summary;
}
