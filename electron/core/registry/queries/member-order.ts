// 户内成员顺序: the head (户主) first, then by relation as a 户口簿 lists them — spouse,
// children, children-in-law, grandchildren, parents, grandparents, siblings, others — and
// within one relation the older first. Used by record pages and the household's member list.

/** Relations by rank; a relation not listed ranks after them, an empty one last. */
const RELATION_RANKS: readonly (readonly string[])[] = [
  ['户主', '本人', '户主本人'],
  ['配偶', '妻', '妻子', '夫', '丈夫'],
  ['子', '女', '儿子', '女儿', '长子', '次子', '三子', '长女', '次女', '三女', '独生子', '独生女', '养子', '养女', '继子', '继女', '子女'],
  ['儿媳', '女婿', '媳妇'],
  ['孙子', '孙女', '外孙', '外孙子', '外孙女', '孙子女', '曾孙子', '曾孙女'],
  ['父亲', '母亲', '父', '母', '父母', '公公', '婆婆', '岳父', '岳母'],
  ['祖父', '祖母', '外祖父', '外祖母'],
  ['兄', '弟', '姐', '妹', '哥哥', '弟弟', '姐姐', '妹妹', '兄弟姐妹'],
];

// The list is fixed text, but it goes into SQL: allow Chinese characters only.
for (const r of RELATION_RANKS.flat()) if (!/^[\u4e00-\u9fff]+$/.test(r)) throw new Error(`bad relation literal: ${r}`);

const rankCase = (col: string) =>
  `CASE WHEN coalesce(${col}, '') = '' THEN ${RELATION_RANKS.length + 1}` +
  RELATION_RANKS.map((names, i) => ` WHEN ${col} IN (${names.map((n) => `'${n}'`).join(', ')}) THEN ${i}`).join('') +
  ` ELSE ${RELATION_RANKS.length} END`;

/**
 * ORDER BY terms for members of a household, over `person p` joined with `household hh`
 * (as PERSON_SELECT does): the household's recorded head, relation rank, birth date, name.
 */
export const MEMBER_ORDER = [
  'coalesce(p.id = hh.head_person_id, 0) DESC',
  rankCase('p.relation_to_head'),
  'p.birth_date IS NULL',
  'p.birth_date',
  'p.name_py',
  'p.id',
].join(', ');
