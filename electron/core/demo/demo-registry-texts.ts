// Word lists for the demo town's ledgers: streets, origins of floating residents, trades,
// premises names, facility codes and dispute stories (central Zhejiang flavour).
import type { DisputeKind, FacilityKind, OrgKind, SpecialKind } from '../../../shared/registry/registry-types';

export const STREETS = ['凤栖路', '锦华街', '文昌路', '春晖路', '塔山路', '新华街', '溪园路', '城南大道', '振兴路', '望江路', '柏树巷', '学前街'];

export const ESTATES = ['锦绣花园', '凤凰苑', '文昌小区', '春晖家园', '溪园新村', '塔山公寓', '金色华府', '城南花苑', '江南名居', '阳光小区'];

/** Origins of floating residents: region code of the ID and the household address. */
export const ORIGINS: readonly (readonly [string, string, number])[] = [
  ['511623', '四川省广安市邻水县', 12],
  ['412823', '河南省驻马店市遂平县', 10],
  ['340826', '安徽省安庆市宿松县', 10],
  ['522121', '贵州省遵义市播州区', 9],
  ['360428', '江西省九江市都昌县', 8],
  ['430524', '湖南省邵阳市隆回县', 7],
  ['532128', '云南省昭通市镇雄县', 6],
  ['500236', '重庆市奉节县', 6],
  ['330727', '浙江省金华市磐安县', 5],
  ['330781', '浙江省金华市兰溪市', 4],
];

/** The town's own county (registered residents) and neighbouring counties (人户分离). */
export const HOME_REGION = '330782';
export const NEAR_REGIONS: readonly (readonly [string, string])[] = [
  ['330702', '浙江省金华市婺城区'],
  ['330703', '浙江省金华市金东区'],
  ['330783', '浙江省金华市东阳市'],
];

export const HOME_ADDRESS = '浙江省金华市青溪镇';

export const RESIDENCE_REASONS: readonly (readonly [string, number])[] = [
  ['务工', 60],
  ['经商', 18],
  ['投靠亲友', 10],
  ['就学', 5],
  ['婚嫁', 4],
  ['其他', 3],
];

export const FOREIGNERS: readonly (readonly [string, string])[] = [
  ['韩国', 'M'],
  ['巴基斯坦', 'P'],
  ['越南', 'C'],
  ['也门', 'Y'],
  ['印度', 'N'],
  ['美国', 'A'],
];

export const OCCUPATIONS_URBAN = ['个体经营', '企业职工', '销售', '司机', '教师', '医护人员', '厨师', '保安', '快递员', '电商', '会计', '自由职业'];
export const OCCUPATIONS_RURAL = ['务农', '务农', '务农', '个体经营', '企业职工', '建筑工人', '手工业', '司机', '养殖'];
export const OCCUPATIONS_FLOATING = ['工人', '工人', '电商', '厨师', '快递员', '装修工', '保洁', '销售', '个体经营'];

export const EMPLOYERS = ['青溪五金制品有限公司', '青溪工艺品有限公司', '金华锦华纺织有限公司', '青溪镇中心小学', '青溪镇卫生院', '青溪供销社', '义乌小商品配套厂', '青溪农商银行', '青溪电子科技有限公司', '青溪袜业有限公司'];

/** Premises names by kind: {s} surname, {p} place. */
export const ORG_NAMES: Record<OrgKind, readonly string[]> = {
  enterprise: ['{p}五金制品有限公司', '{p}工艺品有限公司', '{p}纺织有限公司', '{p}包装材料厂', '{p}电子科技有限公司', '{p}食品有限公司'],
  individual: ['{s}记五金店', '{s}氏建材店', '{s}师傅电器维修部', '{p}农资店', '{s}记水果店', '{s}家早餐店'],
  small_school: ['{p}幼儿园', '{p}小太阳托育园', '{p}启航培训中心'],
  small_clinic: ['{p}卫生室', '{s}氏诊所', '{p}口腔诊所', '{p}中医诊所'],
  small_shop: ['{p}便民超市', '{s}记百货店', '{p}烟酒店', '{p}副食店', '{s}家小卖部', '{p}水果店'],
  small_restaurant: ['{s}记面馆', '{s}家小吃店', '{p}土菜馆', '{s}记早餐店', '{p}大排档', '{s}氏馄饨店'],
  small_hotel: ['{p}宾馆', '{p}旅馆', '{p}民宿'],
  small_entertainment: ['{p}KTV', '{p}棋牌室', '{p}台球室'],
  small_internet: ['{p}网吧', '{p}网咖'],
  small_beauty: ['{s}记理发店', '{p}美容美发', '{p}足浴店', '{p}美甲店'],
  small_workshop: ['{p}袜业加工点', '{p}饰品加工作坊', '{p}电子配件加工厂', '{p}服装加工点', '{s}记五金加工厂'],
  live_work: ['{s}记饰品加工（三合一）', '{s}家袜业加工（三合一）', '{s}记服装加工（三合一）'],
  social: ['{p}老年协会', '{p}志愿者服务队', '{p}乡贤参事会'],
  party: ['{p}党支部', '{p}党总支'],
  public_institution: ['{p}便民服务中心'],
  culture_sport: ['{p}文化礼堂', '{p}健身广场', '{p}农家书屋'],
};

export const FACILITY_CODES: Record<FacilityKind, string> = {
  road: 'DL',
  street_light: 'LD',
  drain: 'PS',
  manhole: 'JG',
  hydrant: 'XHS',
  camera: 'JK',
  bridge: 'QL',
  trash: 'LJ',
  sign: 'LP',
  fitness: 'JS',
  other: 'QT',
};

export const SPECIAL_KIND_WEIGHTS: readonly (readonly [SpecialKind, number])[] = [
  ['released', 30],
  ['correction', 14],
  ['drug', 14],
  ['mental', 26],
  ['youth', 10],
  ['petition', 6],
];

export const VISIT_CONTENTS: Record<SpecialKind, readonly string[]> = {
  released: ['了解就业情况，已在本地企业务工', '家庭关系和睦，思想稳定', '协助办理低保申请', '提醒按时到司法所报到'],
  correction: ['核查居住地，按规定参加教育学习', '督促按时报告活动情况', '开展谈心谈话，表现良好'],
  drug: ['陪同进行尿检，结果阴性', '了解康复情况，家属配合监督', '协调就业帮扶'],
  mental: ['核实服药情况，病情稳定', '与监护人沟通，落实看护责任', '协调发放监护补贴'],
  youth: ['了解学习情况，已返校就读', '联系家长共同教育', '推荐参加技能培训'],
  petition: ['倾听诉求，做好解释疏导', '协调相关部门答复', '情绪平稳，无进京上访苗头'],
};

export const DISPUTE_STORIES: readonly (readonly [DisputeKind, string, string])[] = [
  ['neighbour', '因楼上漏水影响楼下住户产生纠纷', '经调解，楼上住户承担维修费用'],
  ['neighbour', '因油烟排放扰邻引发矛盾', '店主加装油烟净化器，双方和解'],
  ['family', '赡养老人费用分摊产生分歧', '兄弟三人签订赡养协议'],
  ['family', '夫妻感情不和经常争吵', '劝导和好，双方同意冷静处理'],
  ['homestead', '宅基地边界围墙越界', '丈量确认界址后重新砌墙'],
  ['land', '承包地界址不清引发争执', '村两委现场确认界址'],
  ['labour', '加工点拖欠三名工人工资', '协调劳动保障所，工资已结清'],
  ['debt', '民间借款到期未还', '双方达成分期还款协议'],
  ['damage', '电动车碰擦致人轻伤赔偿纠纷', '达成赔偿协议，一次性赔偿'],
  ['property', '小区停车位收费纠纷', '物业调整收费方案，业主认可'],
  ['demolition', '道路拓宽涉及围墙拆除补偿', '已移交镇征迁办处理'],
];
