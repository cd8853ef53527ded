// 导入纸质日志 / 导入纸质走访记录: the routine's records filled on paper, typed into an Excel
// sheet, checked and imported with the ledgers' import steps (registry/import/job-import-modal.tsx:
// upload, preview with every bad row and its reasons, one all-or-nothing commit). The core keeps
// the importer to its scope.
import type { RoutineImportKind } from '../../../../shared/registry/registry-types';
import { ROUTINE_IMPORT_SPECS } from '../../../../shared/routine/routine-import';
import { invoke } from '../../app/api-client';
import { columnsNote, JobImportModal } from '../registry/import/job-import-modal';

/** What the modal says for each kind of paper record; `testId` prefixes its test ids. */
const TEXTS: Record<RoutineImportKind, { title: string; finished: string; noun: string; done: string; rowHint: string; rules: string; testId: string }> = {
  workLog: {
    title: '导入纸质工作日志',
    finished: '纸质日志导入完成',
    noun: '日志',
    done: '导入的日志记为已提交（补填）。',
    rowHint: '每行一名网格员一天的日志',
    rules: '多个巡查地点用顿号分隔；同名网格员请加“联系电话”列。规则与在系统中填写日志相同：不能是未来日期、请假日或已有日志的日期，地点须在网格员负责的网格内。',
    testId: 'log-import',
  },
  visit: {
    title: '导入纸质走访记录',
    finished: '纸质走访记录导入完成',
    noun: '走访记录',
    done: '导入的走访计入各户的走访计划和走访记录。',
    rowHint: '每行一次入户走访',
    rules: '用户号或户主姓名确定走访的户（户主同名时加门牌地址）；同名网格员请加“网格员电话”列。规则与在系统中登记走访相同：不能是未来日期或请假日，户须在网格员当天负责的网格内，同一户同一天只能有一条走访记录。',
    testId: 'visit-import',
  },
};

export function RoutineImportModal({ kind, open, onClose, onImported }: { kind: RoutineImportKind; open: boolean; onClose: () => void; onImported: () => void }) {
  const spec = ROUTINE_IMPORT_SPECS[kind];
  const text = TEXTS[kind];
  return (
    <JobImportModal
      open={open}
      onClose={onClose}
      onImported={onImported}
      title={text.title}
      spec={spec}
      intro={{ title: text.rowHint, description: `列：${columnsNote(spec)}。${text.rules}` }}
      noun={text.noun}
      preview={(job, file) => job.run('routine.importPreview', { kind, ...file })}
      commit={(job, input) => job.run('routine.importCommit', input)}
      cancel={(jobId) => invoke('routine.importCancel', { jobId })}
      doneTitle={text.finished}
      doneText={(r) => `新增${text.noun} ${r.inserted.toLocaleString('zh-CN')} 条，排除 ${r.excluded.toLocaleString('zh-CN')} 行。${text.done}`}
      testId={text.testId}
    />
  );
}
