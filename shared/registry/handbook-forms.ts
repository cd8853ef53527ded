// Standard forms of the grid handbook (网格工作手册, SPEC §2) that the registry fills in.

export const HANDBOOK_FORM_LABELS = {
  area_stats: '责任区基本情况统计表',
  floating: '流动人口登记表',
  rentals: '出租房屋商铺登记表',
  special: '重点特殊人员基本信息登记表',
  disputes: '矛盾纠纷排查登记表',
} as const;
export type HandbookForm = keyof typeof HANDBOOK_FORM_LABELS;
export const HANDBOOK_FORMS = Object.keys(HANDBOOK_FORM_LABELS) as [HandbookForm, ...HandbookForm[]];

export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
