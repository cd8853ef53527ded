// Columns of every ledger's Excel template and import: the Chinese header, the header
// variants recognised when mapping a user's own spreadsheet, the type each cell must have,
// and an example. Export uses the same columns, so an exported file imports again.
import type { EnumSpec } from './cell-parse';
import {
  CARE_TAG_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_STATUS_LABELS,
  FACILITY_CONDITION_LABELS,
  FACILITY_KIND_LABELS,
  HOUSE_STRUCTURE_LABELS,
  HOUSE_USAGE_LABELS,
  ORG_KIND_LABELS,
  OWNERSHIP_LABELS,
  POLITICAL_STATUS_LABELS,
  RENTAL_USE_LABELS,
  RESIDENCE_TYPE_LABELS,
  SAFETY_GRADE_LABELS,
  SPECIAL_KIND_LABELS,
  SPECIAL_STATUS_LABELS,
  SUPERVISION_LEVEL_LABELS,
  type ImportKind,
} from './registry-types';

export type FieldType = 'text' | 'citizenId' | 'phone' | 'date' | 'int' | 'decimal' | 'enum' | 'tags' | 'bool' | 'gender' | 'ethnicity' | 'grid';

export interface ImportField {
  key: string;
  /** The database column the field sets. */
  column: string;
  /** The template header. */
  label: string;
  /** Other headers meaning the same column. */
  variants: readonly string[];
  type: FieldType;
  required?: boolean;
  /** Longest accepted text. */
  max?: number;
  min?: number;
  maxValue?: number;
  enum?: EnumSpec;
  example: string;
  note?: string;
}

export interface ImportKindSpec {
  kind: ImportKind;
  label: string;
  sheetName: string;
  /** How an imported row finds the record it updates. */
  matchNote: string;
  fields: readonly ImportField[];
}

const GRID: ImportField = {
  key: 'grid',
  label: '所属网格',
  column: 'grid_id',
  variants: ['网格', '网格名称', '网格编码', '网格编号', '所在网格', '责任网格', '网格号'],
  type: 'grid',
  required: true,
  example: '凤栖社区第1网格',
  note: '填写网格名称或网格编码（见“网格列表”工作表）',
};
const NOTES: ImportField = { key: 'notes', column: 'notes', label: '备注', variants: ['说明', '其他'], type: 'text', max: 500, example: '' };

const RESIDENCE: EnumSpec = {
  labels: RESIDENCE_TYPE_LABELS,
  aliases: {
    户籍: 'registered', 本地户籍: 'registered', 常住: 'registered', 常住人口: 'registered', 本地: 'registered',
    流动: 'floating', 外来: 'floating', 外来人口: 'floating', 暂住: 'floating', 暂住人口: 'floating',
    人在户不在: 'separated', 户在人不在: 'separated', 分离: 'separated',
    境外: 'foreign', 外籍: 'foreign', 外籍人员: 'foreign', 港澳台: 'foreign', 外国人: 'foreign',
  },
};
const POLITICAL: EnumSpec = {
  labels: POLITICAL_STATUS_LABELS,
  aliases: { 党员: 'party_member', 共产党员: 'party_member', 预备党员: 'probationary', 团员: 'league', 民主党派成员: 'democratic' },
};
const CARE: EnumSpec = {
  labels: CARE_TAG_LABELS,
  aliases: {
    老人: 'elderly', 老年: 'elderly', 空巢: 'empty_nest', 独居: 'living_alone', 残疾: 'disabled', 残疾人员: 'disabled',
    低保: 'low_income', 低保对象: 'low_income', 特困: 'extreme_poverty', 五保户: 'extreme_poverty', 五保: 'extreme_poverty',
    优抚: 'entitled', 留守: 'left_behind_child', '4050': 'hard_to_employ', 就业困难: 'hard_to_employ', '4050人员': 'hard_to_employ',
    失业: 'unemployed', 重病: 'seriously_ill', 大病: 'seriously_ill',
  },
};

const PERSON: ImportKindSpec = {
  kind: 'person',
  label: '实有人口',
  sheetName: '实有人口',
  matchNote: '按公民身份号码匹配：已有的人员更新，新的人员新增',
  fields: [
    { key: 'name', column: 'name', label: '姓名', variants: ['名字', '人员姓名', '户主姓名/成员姓名'], type: 'text', required: true, max: 30, example: '张伟' },
    {
      key: 'citizenId',
      column: 'citizen_id',
      label: '公民身份号码',
      variants: ['身份证号', '身份证号码', '身份证', '证件号码', '证件号', '身份号码', '公民身份证号', '公民身份证号码'],
      type: 'citizenId',
      required: true,
      example: '330782198805120016',
      note: '18位，末位校验码；请将此列设为“文本”格式。境外人员可填护照号',
    },
    { key: 'gender', column: 'gender_override', label: '性别', variants: ['性别代码'], type: 'gender', example: '男', note: '可不填，由身份证号得出；填写时须与身份证号一致（男、女，或国标代码1、2）' },
    { key: 'birthDate', column: 'dob_override', label: '出生日期', variants: ['出生年月', '出生年月日', '生日'], type: 'date', example: '1988-05-12', note: '可不填，由身份证号得出' },
    { key: 'ethnicity', column: 'ethnicity', label: '民族', variants: ['民族代码'], type: 'ethnicity', example: '汉族', note: '汉、汉族或国标代码01均可，保存为全称' },
    { key: 'phone', column: 'phone', label: '联系电话', variants: ['手机号', '手机号码', '电话', '手机', '联系方式', '电话号码', '本人电话'], type: 'phone', example: '13857912345' },
    {
      key: 'residenceType',
      column: 'residence_type',
      label: '人员类型',
      variants: ['人口类型', '居住类型', '户籍类型', '人员类别', '人口类别', '户口类型'],
      type: 'enum',
      enum: RESIDENCE,
      required: true,
      example: '户籍人口',
      note: '户籍人口、流动人口、人户分离、境外人员',
    },
    GRID,
    { key: 'householdAddress', column: 'household_address', label: '户籍地址', variants: ['户籍地', '户口所在地', '户籍所在地', '户籍地详址', '户籍住址'], type: 'text', max: 120, example: '浙江省金华市青溪镇凤栖路12号' },
    { key: 'address', column: 'address', label: '现住址', variants: ['居住地址', '现居住地址', '实际居住地址', '现住地址', '住址', '居住地', '地址'], type: 'text', max: 120, example: '凤栖路12号3幢2单元301室', note: '与房屋台账地址一致时自动关联房屋' },
    { key: 'householdNo', column: 'household_id', label: '户号', variants: ['户编号', '户口号', '家庭编号'], type: 'text', max: 30, example: 'FQ-0001', note: '同一户的成员填写相同户号' },
    { key: 'relation', column: 'relation_to_head', label: '与户主关系', variants: ['与户主的关系', '关系', '家庭关系'], type: 'text', max: 20, example: '户主' },
    { key: 'employer', column: 'employer', label: '工作单位', variants: ['单位', '就业单位', '服务处所', '工作单位/学校'], type: 'text', max: 60, example: '青溪镇五金厂' },
    { key: 'occupation', column: 'occupation', label: '职业', variants: ['从事职业', '工作', '职业/工种'], type: 'text', max: 40, example: '工人' },
    { key: 'politicalStatus', column: 'political_status', label: '政治面貌', variants: [], type: 'enum', enum: POLITICAL, example: '群众' },
    { key: 'careTags', column: 'care_tags', label: '关爱标签', variants: ['人员标签', '标签', '关爱类别', '特殊群体', '困难类别', '人员属性'], type: 'tags', enum: CARE, example: '', note: '多个用顿号分隔，如：老年人、低保户' },
    { key: 'arrivalDate', column: 'arrival_date', label: '来本地日期', variants: ['来本地时间', '流入时间', '来现住地日期', '入住日期', '来本地居住日期'], type: 'date', example: '', note: '流动人口填写' },
    { key: 'residenceReason', column: 'residence_reason', label: '居住事由', variants: ['流入原因', '来本地事由', '暂住事由'], type: 'text', max: 20, example: '', note: '务工、经商、投靠亲友、就学、婚嫁、其他' },
    { key: 'permitNo', column: 'permit_no', label: '居住证号', variants: ['居住证编号', '暂住证号'], type: 'text', max: 40, example: '' },
    { key: 'nationality', column: 'nationality', label: '国籍', variants: ['国籍/地区'], type: 'text', max: 40, example: '', note: '境外人员填写' },
    NOTES,
  ],
};

const STRUCTURE: EnumSpec = {
  labels: HOUSE_STRUCTURE_LABELS,
  aliases: { 框架: 'steel_concrete', 钢筋混凝土: 'steel_concrete', 钢混结构: 'steel_concrete', 砖混结构: 'brick_concrete', 砖木结构: 'brick_wood', 木: 'wood', 简易: 'simple', 彩钢: 'simple' },
};
const OWNERSHIP: EnumSpec = {
  labels: OWNERSHIP_LABELS,
  aliases: { 私房: 'self_built', 自有: 'self_built', 自建: 'self_built', 农房: 'self_built', 公租房: 'public', 廉租房: 'public', 集体: 'collective' },
};
const USAGE: EnumSpec = {
  labels: HOUSE_USAGE_LABELS,
  aliases: { 居住: 'residential', 住房: 'residential', 门面: 'shop', 店面: 'shop', 商业: 'shop', 商住: 'mixed', 厂房仓库: 'factory', 仓储: 'warehouse' },
};
const RENTAL_USE: EnumSpec = {
  labels: RENTAL_USE_LABELS,
  aliases: { 住人: 'living', 居住用: 'living', 商用: 'business', 经营用: 'business', 仓库: 'storage', 生产经营: 'production' },
};

const HOUSE: ImportKindSpec = {
  kind: 'house',
  label: '房屋（含出租房屋）',
  sheetName: '房屋',
  matchNote: '按所属网格 + 房屋地址（含单元、房号）匹配：已有的房屋更新，新的房屋新增',
  fields: [
    GRID,
    { key: 'address', column: 'address', label: '房屋地址', variants: ['地址', '详细地址', '房屋坐落', '坐落', '房屋详址', '门牌地址'], type: 'text', required: true, max: 120, example: '凤栖路12号' },
    { key: 'building', column: 'building_id', label: '楼栋', variants: ['楼栋号', '幢', '栋', '楼号', '幢号'], type: 'text', max: 40, example: '3幢', note: '小区房屋填写；新楼栋自动建立' },
    { key: 'unit', column: 'unit', label: '单元', variants: ['单元号'], type: 'text', max: 20, example: '2单元' },
    { key: 'room', column: 'room', label: '房号', variants: ['室', '房间号', '门牌号', '室号'], type: 'text', max: 20, example: '301' },
    { key: 'areaM2', column: 'area_m2', label: '建筑面积', variants: ['面积', '面积(㎡)', '建筑面积(平方米)', '房屋面积'], type: 'decimal', min: 0, maxValue: 1_000_000, example: '89.5', note: '平方米' },
    { key: 'structure', column: 'structure', label: '房屋结构', variants: ['结构', '建筑结构'], type: 'enum', enum: STRUCTURE, example: '钢混' },
    { key: 'ownership', column: 'ownership', label: '产权性质', variants: ['权属', '产权', '产权类型', '房屋性质'], type: 'enum', enum: OWNERSHIP, example: '商品房' },
    { key: 'usage', column: 'usage', label: '房屋用途', variants: ['用途', '使用性质'], type: 'enum', enum: USAGE, example: '住宅' },
    { key: 'isRental', column: 'is_rental', label: '是否出租', variants: ['出租', '是否出租房', '出租情况'], type: 'bool', example: '是' },
    { key: 'rentalUse', column: 'rental_use', label: '出租用途', variants: ['租用用途', '承租用途'], type: 'enum', enum: RENTAL_USE, example: '居住' },
    { key: 'landlordName', column: 'landlord_name', label: '房东姓名', variants: ['房主', '房主姓名', '产权人', '出租人', '出租人姓名', '业主', '业主姓名', '户主姓名'], type: 'text', max: 30, example: '王建国' },
    { key: 'landlordPhone', column: 'landlord_phone', label: '房东电话', variants: ['房主电话', '出租人电话', '业主电话', '产权人电话', '房东联系电话'], type: 'phone', example: '13905791234' },
    { key: 'landlordCitizenId', column: 'landlord_citizen_id', label: '房东身份证号', variants: ['出租人身份证号', '产权人身份证号', '房主身份证号', '业主身份证号'], type: 'citizenId', example: '' },
    { key: 'occupants', column: 'occupants', label: '居住人数', variants: ['实住人数', '承租人数', '居住人员数', '租住人数'], type: 'int', min: 0, maxValue: 10_000, example: '3' },
    NOTES,
  ],
};

const ORG_KIND: EnumSpec = {
  labels: ORG_KIND_LABELS,
  aliases: {
    公司: 'enterprise', 企业单位: 'enterprise', 工厂: 'enterprise', 个体: 'individual', 个体户: 'individual',
    学校: 'small_school', 小学校: 'small_school', 幼儿园: 'small_school', 培训机构: 'small_school', 托儿所: 'small_school',
    小医院: 'small_clinic', 诊所: 'small_clinic', 卫生室: 'small_clinic', 门诊部: 'small_clinic',
    商店: 'small_shop', 小超市: 'small_shop', 超市: 'small_shop', 便利店: 'small_shop', 小卖部: 'small_shop', 商铺: 'small_shop',
    餐饮: 'small_restaurant', 饭店: 'small_restaurant', 餐馆: 'small_restaurant', 小吃店: 'small_restaurant', 小饭店: 'small_restaurant',
    旅馆: 'small_hotel', 宾馆: 'small_hotel', 民宿: 'small_hotel', 招待所: 'small_hotel',
    娱乐场所: 'small_entertainment', 歌舞厅: 'small_entertainment', ktv: 'small_entertainment', 棋牌室: 'small_entertainment', 小娱乐场所: 'small_entertainment',
    网吧: 'small_internet', 网咖: 'small_internet',
    美容美发: 'small_beauty', 理发店: 'small_beauty', 美容院: 'small_beauty', 洗浴: 'small_beauty', 足浴: 'small_beauty', 美容洗浴: 'small_beauty',
    小作坊: 'small_workshop', 作坊: 'small_workshop', 加工厂: 'small_workshop', 小加工: 'small_workshop', 小生产加工: 'small_workshop',
    三合一: 'live_work', 三合一住人场所: 'live_work',
    协会: 'social', 社团: 'social', 党支部: 'party', 党委: 'party', 党总支: 'party',
    机关: 'public_institution', 事业单位: 'public_institution', 文化礼堂: 'culture_sport', 体育场馆: 'culture_sport', 文体场所: 'culture_sport',
  },
};
const SAFETY: EnumSpec = {
  labels: SAFETY_GRADE_LABELS,
  aliases: { 安全: 'A', 基本安全: 'B', 较大隐患: 'C', 一般隐患: 'C', 有隐患: 'C', 重大隐患: 'D', a级: 'A', b级: 'B', c级: 'C', d级: 'D' },
};

const ORGANISATION: ImportKindSpec = {
  kind: 'organisation',
  label: '单位场所（含九小场所）',
  sheetName: '单位场所',
  matchNote: '按所属网格 + 单位名称匹配：已有的更新，新的新增',
  fields: [
    GRID,
    { key: 'name', column: 'name', label: '单位名称', variants: ['名称', '场所名称', '企业名称', '店名', '店招名称', '单位/场所名称', '商户名称'], type: 'text', required: true, max: 80, example: '青溪便民超市' },
    { key: 'kind', column: 'kind', label: '场所类别', variants: ['类别', '单位类型', '类型', '场所类型', '行业类别', '单位类别'], type: 'enum', enum: ORG_KIND, required: true, example: '小商店', note: '企业、个体工商户、九小场所各类、三合一场所、社会组织、党组织等' },
    { key: 'address', column: 'address', label: '地址', variants: ['经营地址', '场所地址', '单位地址', '详细地址'], type: 'text', max: 120, example: '凤栖路18号' },
    { key: 'legalPerson', column: 'legal_person', label: '负责人', variants: ['法定代表人', '法人', '经营者', '法人代表', '业主', '负责人姓名'], type: 'text', max: 30, example: '李明' },
    { key: 'phone', column: 'phone', label: '联系电话', variants: ['电话', '手机', '负责人电话', '联系方式'], type: 'phone', example: '13757912345' },
    { key: 'creditCode', column: 'credit_code', label: '统一社会信用代码', variants: ['信用代码', '营业执照号', '社会信用代码', '注册号'], type: 'text', max: 18, example: '' },
    { key: 'employees', column: 'employees', label: '从业人数', variants: ['员工人数', '职工人数', '从业人员数'], type: 'int', min: 0, maxValue: 1_000_000, example: '3' },
    { key: 'areaM2', column: 'area_m2', label: '经营面积', variants: ['面积', '建筑面积', '场所面积'], type: 'decimal', min: 0, maxValue: 10_000_000, example: '60' },
    { key: 'safetyGrade', column: 'safety_grade', label: '安全等级', variants: ['安全评级', '隐患等级', '分级', '安全分级', '风险等级'], type: 'enum', enum: SAFETY, example: 'A', note: 'A安全、B基本安全、C较大隐患、D重大隐患' },
    { key: 'keySupervision', column: 'key_supervision', label: '重点监管', variants: ['是否重点监管', '重点单位', '是否重点'], type: 'bool', example: '否' },
    NOTES,
  ],
};

const FACILITY_KIND: EnumSpec = {
  labels: FACILITY_KIND_LABELS,
  aliases: {
    路面: 'road', 街道: 'road', 雨水井: 'drain', 污水井: 'drain', 排水沟: 'drain', 下水道: 'drain', 窨井盖: 'manhole', 检查井: 'manhole',
    消火栓: 'hydrant', 监控: 'camera', 摄像头: 'camera', 探头: 'camera', 桥: 'bridge', 垃圾桶: 'trash', 垃圾箱: 'trash', 垃圾房: 'trash',
    路牌: 'sign', 标识牌: 'sign', 健身路径: 'fitness', 健身设施: 'fitness',
  },
};
const CONDITION: EnumSpec = {
  labels: FACILITY_CONDITION_LABELS,
  aliases: { 正常: 'good', 良好: 'good', 破损: 'damaged', 损毁: 'damaged', 丢失: 'missing', 在修: 'repairing', 维修: 'repairing' },
};

const FACILITY: ImportKindSpec = {
  kind: 'facility',
  label: '部件设施',
  sheetName: '部件设施',
  matchNote: '按部件编码匹配：已有的更新，新的新增',
  fields: [
    GRID,
    { key: 'code', column: 'code', label: '部件编码', variants: ['编码', '编号', '设施编号', '部件编号', '设施编码'], type: 'text', required: true, max: 40, example: 'LD-0001' },
    { key: 'kind', column: 'kind', label: '部件类型', variants: ['类型', '类别', '设施类型', '部件类别', '设施类别'], type: 'enum', enum: FACILITY_KIND, required: true, example: '路灯' },
    { key: 'name', column: 'name', label: '名称', variants: ['部件名称', '设施名称'], type: 'text', max: 60, example: '凤栖路路灯1号' },
    { key: 'location', column: 'location', label: '位置描述', variants: ['位置', '所在位置', '地址', '安装位置'], type: 'text', max: 120, example: '凤栖路与文昌街交叉口东侧' },
    { key: 'lon', column: 'lon', label: '经度', variants: ['lon', 'lng', 'longitude', 'x坐标'], type: 'decimal', min: -180, maxValue: 180, example: '120.1021' },
    { key: 'lat', column: 'lat', label: '纬度', variants: ['lat', 'latitude', 'y坐标'], type: 'decimal', min: -90, maxValue: 90, example: '29.3012' },
    { key: 'condition', column: 'condition', label: '完好状况', variants: ['状况', '状态', '完好情况', '设施状态'], type: 'enum', enum: CONDITION, example: '完好' },
    { key: 'custodian', column: 'custodian', label: '管理单位', variants: ['养护单位', '权属单位', '责任单位', '主管部门'], type: 'text', max: 60, example: '镇城管中队' },
    NOTES,
  ],
};

const SPECIAL_KIND: EnumSpec = {
  labels: SPECIAL_KIND_LABELS,
  aliases: {
    刑满释放人员: 'released', 安置帮教人员: 'released', 社区矫正人员: 'correction', 矫正: 'correction',
    吸毒: 'drug', 吸毒人员: 'drug', 戒毒: 'drug', 社区戒毒人员: 'drug', 社区康复: 'drug',
    精神障碍: 'mental', 精神病: 'mental', 严重精神障碍患者: 'mental', 精神病人: 'mental',
    重点青少年群体: 'youth', 闲散青少年: 'youth', 上访: 'petition', 信访: 'petition', 重点上访人员: 'petition', 重点信访: 'petition',
  },
};
const LEVEL: EnumSpec = {
  labels: SUPERVISION_LEVEL_LABELS,
  aliases: { 严管: 'strict', 一级: 'strict', 高: 'strict', 普管: 'normal', 二级: 'normal', 中: 'normal', 宽管: 'loose', 三级: 'loose', 低: 'loose' },
};
const SPECIAL_STATUS: EnumSpec = { labels: SPECIAL_STATUS_LABELS, aliases: { 在册: 'active', 在控: 'active', 解除: 'ended', 终止: 'ended', 撤销: 'ended' } };

const SPECIAL: ImportKindSpec = {
  kind: 'special',
  label: '特殊人群',
  sheetName: '特殊人群',
  matchNote: '按公民身份号码 + 人员类别匹配；人员须已在实有人口台账中',
  fields: [
    { key: 'citizenId', column: 'person_id', label: '公民身份号码', variants: PERSON.fields[1]!.variants, type: 'citizenId', required: true, example: '330782198805120016' },
    { key: 'name', column: 'person_id', label: '姓名', variants: ['名字', '人员姓名'], type: 'text', max: 30, example: '张伟', note: '用于核对，须与实有人口台账一致' },
    { key: 'kind', column: 'kind', label: '人员类别', variants: ['类别', '类型', '特殊人群类别', '重点人员类别', '人员类型'], type: 'enum', enum: SPECIAL_KIND, required: true, example: '社区矫正' },
    { key: 'supervisionLevel', column: 'supervision_level', label: '管控级别', variants: ['管理级别', '帮教级别', '风险等级', '级别', '管控等级', '管理类别'], type: 'enum', enum: LEVEL, required: true, example: '普管' },
    { key: 'startDate', column: 'start_date', label: '列管日期', variants: ['纳入日期', '开始日期', '矫正开始日期', '释放日期', '列管时间', '纳管日期'], type: 'date', example: '2025-03-01' },
    { key: 'endDate', column: 'end_date', label: '解除日期', variants: ['结束日期', '矫正结束日期', '期满日期'], type: 'date', example: '' },
    { key: 'helperName', column: 'helper_name', label: '帮扶责任人', variants: ['帮教责任人', '责任人', '帮扶人', '监护人'], type: 'text', max: 30, example: '王芳' },
    { key: 'helperPhone', column: 'helper_phone', label: '责任人电话', variants: ['帮扶责任人电话', '帮教人电话', '责任人联系电话'], type: 'phone', example: '13812345678' },
    { key: 'status', column: 'status', label: '状态', variants: ['在管状态', '管理状态'], type: 'enum', enum: SPECIAL_STATUS, example: '在管' },
    NOTES,
  ],
};

const DISPUTE_KIND: EnumSpec = {
  labels: DISPUTE_KIND_LABELS,
  aliases: { 婚姻: 'family', 家庭: 'family', 邻里: 'neighbour', 土地: 'land', 山林: 'land', 宅基地: 'homestead', 劳资: 'labour', 劳动: 'labour', 欠薪: 'labour', 债务: 'debt', 合同: 'debt', 赔偿: 'damage', 拆迁: 'demolition', 征地: 'demolition', 物业: 'property' },
};
const DISPUTE_STATUS: EnumSpec = {
  labels: DISPUTE_STATUS_LABELS,
  aliases: { 未化解: 'open', 在调: 'open', 调处: 'open', 已调解: 'resolved', 化解: 'resolved', 调解成功: 'resolved', 移交: 'referred', 上报: 'referred' },
};

const DISPUTE: ImportKindSpec = {
  kind: 'dispute',
  label: '矛盾纠纷排查',
  sheetName: '矛盾纠纷',
  matchNote: '按所属网格 + 排查日期 + 当事人匹配',
  fields: [
    GRID,
    { key: 'foundDate', column: 'found_date', label: '排查日期', variants: ['发现日期', '登记日期', '日期', '排查时间'], type: 'date', required: true, example: '2025-06-15' },
    { key: 'parties', column: 'parties', label: '当事人', variants: ['纠纷当事人', '双方当事人', '当事人姓名'], type: 'text', required: true, max: 120, example: '张某与李某' },
    { key: 'kind', column: 'kind', label: '纠纷类型', variants: ['类型', '纠纷类别', '类别'], type: 'enum', enum: DISPUTE_KIND, required: true, example: '邻里纠纷' },
    { key: 'summary', column: 'summary', label: '简要情况', variants: ['纠纷简要情况', '基本情况', '主要内容', '纠纷情况'], type: 'text', required: true, max: 1000, example: '因排水沟堵塞引发纠纷' },
    { key: 'status', column: 'status', label: '调处状态', variants: ['状态', '化解情况', '是否化解'], type: 'enum', enum: DISPUTE_STATUS, example: '调处中' },
    { key: 'mediator', column: 'mediator', label: '调解人', variants: ['调处人', '责任人', '承办人'], type: 'text', max: 30, example: '王芳' },
    { key: 'result', column: 'result', label: '调处结果', variants: ['调解结果', '处理结果', '化解结果'], type: 'text', max: 500, example: '' },
    { key: 'resolvedDate', column: 'resolved_date', label: '化解日期', variants: ['调结日期', '办结日期'], type: 'date', example: '' },
    NOTES,
  ],
};

export const IMPORT_SPECS: Record<ImportKind, ImportKindSpec> = {
  person: PERSON,
  house: HOUSE,
  organisation: ORGANISATION,
  facility: FACILITY,
  special: SPECIAL,
  dispute: DISPUTE,
};

/** Header text reduced for matching: no brackets' content, required marks, spaces or case. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[*＊※]|必填|选填/g, '')
    .replace(/[\s_\-—–·•:：]/g, '')
    .toLowerCase();
}

/**
 * Suggests which column holds each field: exact header or variant first, then a header
 * that contains the label or a variant (longest first). Each column serves one field.
 * Returns field key → column index, or null when no column fits.
 */
export function suggestMapping(headers: readonly string[], fields: readonly ImportField[]): Record<string, number | null> {
  const keys = headers.map((h) => headerKey(h ?? ''));
  const used = new Set<number>();
  const mapping: Record<string, number | null> = {};
  const names = (f: ImportField) => [f.label, ...f.variants].map(headerKey).filter(Boolean);
  for (const f of fields) {
    const idx = keys.findIndex((k, i) => !used.has(i) && k !== '' && names(f).includes(k));
    mapping[f.key] = idx >= 0 ? idx : null;
    if (idx >= 0) used.add(idx);
  }
  for (const f of fields) {
    if (mapping[f.key] !== null) continue;
    const candidates = names(f).sort((a, b) => b.length - a.length);
    let found: number | null = null;
    for (const name of candidates) {
      if (name.length < 2) continue;
      const idx = keys.findIndex((k, i) => !used.has(i) && k.includes(name));
      if (idx >= 0) {
        found = idx;
        break;
      }
    }
    mapping[f.key] = found;
    if (found !== null) used.add(found);
  }
  return mapping;
}
