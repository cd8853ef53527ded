// Vocabulary of the base-information ledgers (SPEC §2, 人、房、事、组织、物): codes used in the
// database and the API, with the Chinese labels shown to users and accepted in imports.

/** Label map helper: the codes of a `Record<code, label>` as a tuple for zod enums. */
function codes<T extends Record<string, string>>(labels: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}

// ---------- people ----------

export const RESIDENCE_TYPE_LABELS = {
  registered: '户籍人口',
  floating: '流动人口',
  separated: '人户分离',
  foreign: '境外人员',
} as const;
export type ResidenceType = keyof typeof RESIDENCE_TYPE_LABELS;
export const RESIDENCE_TYPES = codes(RESIDENCE_TYPE_LABELS);

export const CARE_TAG_LABELS = {
  elderly: '老年人',
  empty_nest: '空巢老人',
  living_alone: '独居老人',
  disabled: '残疾人',
  low_income: '低保户',
  extreme_poverty: '特困人员',
  entitled: '优抚对象',
  left_behind_child: '留守儿童',
  hard_to_employ: '4050就业困难',
  unemployed: '失业人员',
  seriously_ill: '重病患者',
} as const;
export type CareTag = keyof typeof CARE_TAG_LABELS;
export const CARE_TAGS = codes(CARE_TAG_LABELS);

export const POLITICAL_STATUS_LABELS = {
  party_member: '中共党员',
  probationary: '中共预备党员',
  league: '共青团员',
  democratic: '民主党派',
  masses: '群众',
} as const;
export type PoliticalStatus = keyof typeof POLITICAL_STATUS_LABELS;
export const POLITICAL_STATUSES = codes(POLITICAL_STATUS_LABELS);

export const GENDER_LABELS = { M: '男', F: '女' } as const;
export type Gender = keyof typeof GENDER_LABELS;

export const RESIDENCE_REASONS = ['务工', '经商', '投靠亲友', '就学', '婚嫁', '其他'] as const;

// ---------- special populations (sensitive) ----------

export const SPECIAL_KIND_LABELS = {
  released: '刑满释放/安置帮教',
  correction: '社区矫正',
  drug: '吸毒/社区戒毒',
  mental: '严重精神障碍',
  youth: '重点青少年',
  petition: '重点上访',
} as const;
export type SpecialKind = keyof typeof SPECIAL_KIND_LABELS;
export const SPECIAL_KINDS = codes(SPECIAL_KIND_LABELS);

export const SUPERVISION_LEVEL_LABELS = { strict: '严管（一级）', normal: '普管（二级）', loose: '宽管（三级）' } as const;
export type SupervisionLevel = keyof typeof SUPERVISION_LEVEL_LABELS;
export const SUPERVISION_LEVELS = codes(SUPERVISION_LEVEL_LABELS);

export const SPECIAL_STATUS_LABELS = { active: '在管', ended: '已解除' } as const;
export type SpecialStatus = keyof typeof SPECIAL_STATUS_LABELS;
export const SPECIAL_STATUSES = codes(SPECIAL_STATUS_LABELS);

export const VISIT_METHOD_LABELS = { home: '入户走访', phone: '电话联系', interview: '约谈', other: '其他' } as const;
export type VisitMethod = keyof typeof VISIT_METHOD_LABELS;
export const VISIT_METHODS = codes(VISIT_METHOD_LABELS);

// ---------- houses ----------

export const HOUSE_STRUCTURE_LABELS = {
  steel_concrete: '钢混',
  brick_concrete: '砖混',
  brick_wood: '砖木',
  wood: '木结构',
  simple: '简易房',
  other: '其他',
} as const;
export type HouseStructure = keyof typeof HOUSE_STRUCTURE_LABELS;
export const HOUSE_STRUCTURES = codes(HOUSE_STRUCTURE_LABELS);

export const OWNERSHIP_LABELS = {
  commercial: '商品房',
  self_built: '自建房',
  public: '公房',
  collective: '集体房',
  other: '其他',
} as const;
export type Ownership = keyof typeof OWNERSHIP_LABELS;
export const OWNERSHIPS = codes(OWNERSHIP_LABELS);

export const HOUSE_USAGE_LABELS = {
  residential: '住宅',
  shop: '商铺',
  mixed: '商住两用',
  factory: '厂房',
  warehouse: '仓库',
  other: '其他',
} as const;
export type HouseUsage = keyof typeof HOUSE_USAGE_LABELS;
export const HOUSE_USAGES = codes(HOUSE_USAGE_LABELS);

export const RENTAL_USE_LABELS = {
  living: '居住',
  business: '经营',
  production: '生产',
  storage: '仓储',
  group: '群租',
} as const;
export type RentalUse = keyof typeof RENTAL_USE_LABELS;
export const RENTAL_USES = codes(RENTAL_USE_LABELS);

// ---------- organisations ----------

/** The nine kinds of small premises (九小场所). */
export const SMALL_PREMISES_LABELS = {
  small_school: '小学校/幼儿园',
  small_clinic: '小医院/诊所',
  small_shop: '小商店',
  small_restaurant: '小餐饮',
  small_hotel: '小旅馆',
  small_entertainment: '小歌舞娱乐场所',
  small_internet: '小网吧',
  small_beauty: '小美容洗浴场所',
  small_workshop: '小生产加工企业',
} as const;
export type SmallPremisesKind = keyof typeof SMALL_PREMISES_LABELS;
export const SMALL_PREMISES_KINDS = codes(SMALL_PREMISES_LABELS);

export const ORG_KIND_LABELS = {
  enterprise: '企业',
  individual: '个体工商户',
  ...SMALL_PREMISES_LABELS,
  live_work: '三合一场所',
  social: '社会组织',
  party: '党组织',
  public_institution: '机关事业单位',
  culture_sport: '文化体育场所',
} as const;
export type OrgKind = keyof typeof ORG_KIND_LABELS;
export const ORG_KINDS = codes(ORG_KIND_LABELS);

export const SAFETY_GRADE_LABELS = { A: 'A级（安全）', B: 'B级（基本安全）', C: 'C级（较大隐患）', D: 'D级（重大隐患）' } as const;
export type SafetyGrade = keyof typeof SAFETY_GRADE_LABELS;
export const SAFETY_GRADES = codes(SAFETY_GRADE_LABELS);

// ---------- facilities (部件) ----------

export const FACILITY_KIND_LABELS = {
  road: '道路',
  street_light: '路灯',
  drain: '排水设施',
  manhole: '井盖',
  hydrant: '消防栓',
  camera: '监控探头',
  bridge: '桥梁',
  trash: '垃圾收集点',
  sign: '路名牌/标识',
  fitness: '健身器材',
  other: '其他',
} as const;
export type FacilityKind = keyof typeof FACILITY_KIND_LABELS;
export const FACILITY_KINDS = codes(FACILITY_KIND_LABELS);

export const FACILITY_CONDITION_LABELS = { good: '完好', damaged: '损坏', missing: '缺失', repairing: '维修中' } as const;
export type FacilityCondition = keyof typeof FACILITY_CONDITION_LABELS;
export const FACILITY_CONDITIONS = codes(FACILITY_CONDITION_LABELS);

// ---------- disputes (矛盾纠纷排查) ----------

export const DISPUTE_KIND_LABELS = {
  family: '婚姻家庭',
  neighbour: '邻里纠纷',
  land: '土地山林',
  homestead: '房屋宅基地',
  labour: '劳动争议',
  debt: '合同债务',
  damage: '损害赔偿',
  demolition: '征地拆迁',
  property: '物业纠纷',
  other: '其他',
} as const;
export type DisputeKind = keyof typeof DISPUTE_KIND_LABELS;
export const DISPUTE_KINDS = codes(DISPUTE_KIND_LABELS);

export const DISPUTE_STATUS_LABELS = { open: '调处中', resolved: '已化解', referred: '已移交' } as const;
export type DisputeStatus = keyof typeof DISPUTE_STATUS_LABELS;
export const DISPUTE_STATUSES = codes(DISPUTE_STATUS_LABELS);

// ---------- ledgers ----------

/** The ledgers (台账) of the registry; each has a list, an export and (most) an import. */
export const LEDGER_KIND_LABELS = {
  person: '实有人口',
  household: '户',
  house: '房屋',
  building: '楼栋',
  organisation: '单位场所',
  facility: '部件设施',
  special: '特殊人群',
  dispute: '矛盾纠纷',
} as const;
export type LedgerKind = keyof typeof LEDGER_KIND_LABELS;
export const LEDGER_KINDS = codes(LEDGER_KIND_LABELS);

/** Ledgers of people (residents, landlords, special populations): exported only with 'sensitive.read'. */
export const PEOPLE_LEDGER_KINDS: ReadonlySet<LedgerKind> = new Set<LedgerKind>(['person', 'house', 'special']);

/** Ledgers that import from Excel. */
export const IMPORT_KINDS = ['person', 'house', 'organisation', 'facility', 'special', 'dispute'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** Paper records of the grid-worker routine that import through the same preview and commit (shared/routine/routine-import.ts). */
export const ROUTINE_IMPORT_KINDS = ['workLog', 'visit'] as const;
export type RoutineImportKind = (typeof ROUTINE_IMPORT_KINDS)[number];
/** Assessment records imported through the same engine: satisfaction survey results (shared/assessment/survey-import.ts). */
export type AssessmentImportKind = 'survey';
/** Everything the Excel import engine reads: the ledgers, the routine's paper records, the surveys. */
export type ImportSourceKind = ImportKind | RoutineImportKind | AssessmentImportKind;

/** Ledgers whose rows hold special-population data: readable only with 'special.read'. */
export const SPECIAL_LEDGERS: readonly LedgerKind[] = ['special'];
