// Chinese names of the phases an import job reports in its `progress` events.
const PHASES: Record<string, string> = {
  read: '读取文件',
  reading: '读取文件',
  parse: '解析表格',
  parsing: '解析表格',
  check: '逐行校验',
  checking: '逐行校验',
  validate: '逐行校验',
  match: '比对已有记录',
  matching: '比对已有记录',
  write: '写入台账',
  writing: '写入台账',
  commit: '写入台账',
  index: '更新索引',
  done: '完成',
  failed: '失败',
};

export function phaseLabel(phase: string | undefined): string {
  if (!phase) return '处理中';
  return PHASES[phase] ?? phase;
}
