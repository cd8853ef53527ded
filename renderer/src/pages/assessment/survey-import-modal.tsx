// 导入测评结果: a spreadsheet of survey results (one grid and half-year a row) through the
// ledgers' import steps; the core checks each row with the survey form's rules.
import { SURVEY_IMPORT } from '../../../../shared/assessment/survey-import';
import { invoke } from '../../app/api-client';
import { columnsNote, JobImportModal } from '../registry/import/job-import-modal';

export function SurveyImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <JobImportModal
      open={open}
      onClose={onClose}
      onImported={() => undefined}
      title="导入满意度测评结果"
      spec={SURVEY_IMPORT}
      intro={{
        title: '每行一个网格一个半年的测评结果',
        description: `列：${columnsNote(SURVEY_IMPORT)}。网格写名称或编码；测评半年写“2026年上半年”或“2026H1”，留空按测评日期所在半年。已登记的网格和半年将被更新；同一文件中同一网格同一半年只能出现一次。`,
      }}
      noun="测评结果"
      preview={(job, file) => job.run('assessment.surveyImportPreview', file)}
      commit={(job, input) => job.run('assessment.surveyImportCommit', input)}
      cancel={(jobId) => invoke('assessment.surveyImportCancel', { jobId })}
      doneTitle="测评结果导入完成"
      doneText={(r) => `新增 ${r.inserted.toLocaleString('zh-CN')} 条，更新 ${r.updated.toLocaleString('zh-CN')} 条，排除 ${r.excluded.toLocaleString('zh-CN')} 行。`}
      testId="survey-import"
    />
  );
}
