// Realistic Chinese personal names for the demo town. The surname weights follow the
// distribution in central Zhejiang (the fictional town lies near 120.1°E 29.3°N), where
// 陈, 王, 张, 李, 吴 lead and local names such as 楼, 傅, 金, 俞 are common.
import type { SeededRandom } from './seeded-random';

/** Surname and relative frequency (per mille, approximate). */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 75], ['王', 70], ['张', 45], ['李', 45], ['吴', 40], ['徐', 35], ['金', 30], ['周', 30],
  ['林', 26], ['杨', 25], ['黄', 24], ['朱', 24], ['何', 22], ['胡', 22], ['刘', 22], ['叶', 20],
  ['方', 15], ['楼', 14], ['傅', 14], ['蒋', 13], ['赵', 12], ['郑', 12], ['孙', 12], ['沈', 12],
  ['俞', 10], ['应', 9], ['潘', 9], ['许', 9], ['丁', 8], ['施', 8], ['毛', 8], ['余', 8],
  ['章', 8], ['汪', 8], ['郭', 8], ['高', 8], ['龚', 7], ['邵', 7], ['冯', 7], ['宋', 7],
  ['谢', 7], ['童', 6], ['骆', 6], ['洪', 6], ['马', 6], ['钱', 6], ['卢', 6], ['姚', 6],
  ['蔡', 6], ['鲍', 5], ['虞', 5], ['鲁', 5], ['杜', 5], ['邱', 5], ['戴', 5], ['江', 5],
  ['倪', 5], ['程', 5], ['袁', 5], ['葛', 5], ['曹', 5], ['韩', 4], ['贾', 3], ['厉', 3],
  ['斯', 3], ['宣', 3], ['季', 3], ['严', 3], ['吕', 4], ['任', 4],
];

type Generation = 'older' | 'younger';

/** Common whole given names by gender and generation (born before/after about 1980). */
const GIVEN_NAMES: Record<'M' | 'F', Record<Generation, readonly string[]>> = {
  M: {
    older: [
      '建国', '国强', '建华', '伟民', '志强', '建军', '国平', '海林', '金根', '荣福', '德明', '新华', '春生',
      '水根', '永良', '忠良', '卫东', '红兵', '立新', '文斌', '国庆', '建平', '小平', '长富', '根法', '土根',
      '振华', '晓东', '建明', '国良', '伟', '军', '明', '华', '勇', '斌', '刚', '平', '林', '峰',
    ],
    younger: [
      '浩然', '宇航', '俊杰', '子豪', '嘉豪', '天宇', '一鸣', '博文', '浩宇', '晨阳', '家乐', '思远', '鑫磊',
      '佳豪', '逸飞', '泽宇', '建伟', '志远', '凯', '明轩', '俊', '杰', '磊', '涛', '鹏', '超', '波', '晨',
      '翔', '昊', '航', '帆', '哲', '毅', '锋', '宇', '晓峰', '海波', '立伟', '正阳',
    ],
  },
  F: {
    older: [
      '秀英', '桂英', '美华', '玉兰', '秀珍', '凤英', '丽萍', '红梅', '月娥', '彩凤', '素芬', '金凤', '雪芬',
      '爱华', '丽娟', '秀兰', '春燕', '海燕', '小红', '美芳', '月仙', '菊芬', '玉珍', '建英', '巧云', '素琴',
      '芳', '英', '兰', '萍', '霞', '娟', '琴', '燕', '红', '梅',
    ],
    younger: [
      '欣怡', '雨婷', '佳怡', '梦琪', '思雨', '诗涵', '婷婷', '晓燕', '静怡', '雅琴', '丽娜', '佳慧', '晓敏',
      '雪琳', '可欣', '梦瑶', '慧敏', '丹丹', '倩倩', '晓丽', '燕青', '露', '婷', '静', '敏', '洁', '颖', '倩',
      '雪', '琳', '瑶', '璐', '蕾', '莹', '薇', '慧', '晶', '丹',
    ],
  },
};

/** Single characters for composed two-character given names. */
const NAME_CHARS: Record<'M' | 'F', readonly string[]> = {
  M: ['建', '国', '伟', '志', '明', '华', '海', '永', '文', '俊', '浩', '宇', '杰', '晓', '立', '新', '荣', '鹏', '军', '林', '涛', '斌', '良', '锋', '辉'],
  F: ['秀', '丽', '美', '玉', '红', '芳', '燕', '霞', '静', '婷', '晓', '雪', '佳', '欣', '慧', '敏', '琳', '颖', '萍', '娟', '洁', '怡', '琴', '兰', '月'],
};

export interface PersonName {
  name: string;
  gender: 'M' | 'F';
}

export function randomSurname(rng: SeededRandom): string {
  return rng.weighted(SURNAMES);
}

/** A plausible full name. Gender defaults to 50/50, generation to 50/50. */
export function randomPersonName(
  rng: SeededRandom,
  opts: { gender?: 'M' | 'F'; generation?: Generation } = {},
): PersonName {
  const gender = opts.gender ?? (rng.chance(0.5) ? 'M' : 'F');
  const generation = opts.generation ?? (rng.chance(0.5) ? 'older' : 'younger');
  const surname = randomSurname(rng);
  let given: string;
  if (rng.chance(0.85)) {
    given = rng.pick(GIVEN_NAMES[gender][generation]);
  } else {
    const chars = NAME_CHARS[gender];
    const a = rng.pick(chars);
    let b = rng.pick(chars);
    if (b === a && rng.chance(0.7)) b = rng.pick(chars);
    given = a + b;
  }
  return { name: surname + given, gender };
}
