// The town departments a new installation starts with (SPEC §1), each with the case
// categories it usually handles. Editable afterwards.
export const DEFAULT_DEPARTMENTS: { code: string; name: string; categories: string[] }[] = [
  { code: 'ZZB', name: '综治办', categories: ['矛盾纠纷', '治安隐患', '特殊人群动态'] },
  { code: 'PCS', name: '派出所', categories: ['治安隐患', '特殊人群动态'] },
  { code: 'SFS', name: '司法所', categories: ['矛盾纠纷', '特殊人群动态'] },
  { code: 'MZB', name: '民政办', categories: ['民生诉求'] },
  { code: 'CG', name: '城管中队', categories: ['环境卫生', '市政设施', '违章建筑'] },
  { code: 'AJZ', name: '安监站', categories: ['安全生产', '消防隐患'] },
  { code: 'SBS', name: '社保所', categories: ['民生诉求', '政策咨询'] },
  { code: 'XFB', name: '信访办', categories: ['矛盾纠纷', '民生诉求'] },
  { code: 'SCJG', name: '市场监管所', categories: ['安全生产', '民生诉求'] },
];
