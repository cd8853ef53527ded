// Handlers of a meeting's documents through the job service (`jobs.result` gives a FileResult):
// the minutes as .docx or PDF, the agenda and the sign-in sheet as .docx, the slides as .pptx
// (docs/meetings.md, 会议文件). Each export is audited. The writers (docx, pdfkit, pptxgenjs) load
// on the first export: large libraries no other method needs.
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { MeetingDetail } from '../../../shared/meetings/meeting-types';
import type { FileResult } from '../../../shared/registry/registry-records';
import { buildSlides } from '../../../shared/meetings/slides';
import { audit } from '../audit/audit-log';
import type { JobContext } from '../jobs/job-service';
import { rowsProgress, startJob } from '../jobs/start-job';
import { safeFileName } from '../registry/export/file-names';
import { callToday } from '../rpc/call-today';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { agendaDocument } from './agenda-docx';
import { meetingContent } from './meeting-content';
import { getMeeting, meetingDetail } from './meeting-store';
import { buildMinutes, centreName, draftMark, type MeetingDocument } from './minutes-model';
import { signInDocument } from './signin-sheet';

type DocumentFile = 'minutes' | 'agenda' | 'slides' | 'signin';

const FILE_LABELS: Record<DocumentFile, string> = { minutes: '会议纪要', agenda: '会议议程', slides: '会议幻灯片', signin: '会议签到表' };

interface DocumentJob<T> {
  file: DocumentFile;
  format: 'docx' | 'pdf' | 'pptx';
  /** What the job is called in the job list, and its steps after 读取会议记录. */
  title: string;
  layoutStep: string;
  /** Reads what the file needs (inside the core's exclusive section). */
  read: (ctx: CallContext, detail: MeetingDetail, centre: string) => T;
  write: (input: T, job: JobContext, centre: string) => Promise<{ data: Buffer; mime: string }>;
}

async function docx(d: MeetingDocument): Promise<{ data: Buffer; mime: string }> {
  const [{ meetingDocx }, { DOCX_MIME }] = await Promise.all([import('./minutes-docx'), import('../io/docx-style')]);
  return { data: await meetingDocx(d), mime: DOCX_MIME };
}

function exportDocument<T>(ctx: CallContext, meetingId: string, spec: DocumentJob<T>): JobStarted {
  // A meeting that does not exist is refused before a job starts.
  getMeeting(ctx.core.db, meetingId);
  return startJob(ctx, {
    kind: `meetings.export.${spec.file}`,
    title: spec.title,
    steps: ['读取会议记录', spec.layoutStep],
    work: async (job): Promise<FileResult> => {
      job.step('读取会议记录');
      const { meeting, centre, input } = await ctx.core.exclusive(() => {
        const db = ctx.core.db;
        const detail = meetingDetail(db, meetingId, callToday(ctx));
        const centre = centreName(db);
        return { meeting: detail.meeting, centre, input: spec.read(ctx, detail, centre) };
      });
      job.step(spec.layoutStep);
      const { data, mime } = await spec.write(input, job, centre);
      const mark = draftMark(meeting);
      audit(ctx, { action: 'meeting.export', table: 'meeting', recordId: meetingId, detail: { file: spec.file, format: spec.format, title: meeting.title, draft: mark !== null } });
      const suffix = mark ? `_${mark.replace(/[【】（）]/g, '')}` : '';
      const fileName = safeFileName(`${FILE_LABELS[spec.file]}_${meeting.title}_${meeting.date}${suffix}.${spec.format}`);
      return { fileName, mime, base64: data.toString('base64') };
    },
  });
}

export const documentHandlers: Pick<Handlers, 'meetings.exportMinutes' | 'meetings.exportAgenda' | 'meetings.exportSlides' | 'meetings.exportSignIn'> = {
  'meetings.exportMinutes': ({ meetingId, format }, ctx) =>
    exportDocument(ctx, meetingId, {
      file: 'minutes',
      format,
      title: format === 'pdf' ? '导出会议纪要（PDF）' : '导出会议纪要（Word）',
      layoutStep: format === 'pdf' ? '排版 PDF' : '排版 Word 文档',
      read: (_ctx, detail, centre) => buildMinutes(detail, centre),
      write: async (minutes) => {
        if (format === 'docx') return docx(minutes);
        const [{ meetingPdf, PDF_MIME }, { cjkFontFiles }] = await Promise.all([import('./minutes-pdf'), import('../io/cjk-font')]);
        return { data: await meetingPdf(minutes, cjkFontFiles()), mime: PDF_MIME };
      },
    }),
  'meetings.exportAgenda': ({ meetingId }, ctx) =>
    exportDocument(ctx, meetingId, {
      file: 'agenda',
      format: 'docx',
      title: '导出会议议程',
      layoutStep: '排版 Word 文档',
      read: (_ctx, detail, centre) => agendaDocument(detail, centre),
      write: docx,
    }),
  'meetings.exportSignIn': ({ meetingId }, ctx) =>
    exportDocument(ctx, meetingId, {
      file: 'signin',
      format: 'docx',
      title: '导出会议签到表',
      layoutStep: '排版 Word 文档',
      read: (_ctx, detail, centre) => signInDocument(detail, centre),
      write: docx,
    }),
  'meetings.exportSlides': ({ meetingId }, ctx) =>
    exportDocument(ctx, meetingId, {
      file: 'slides',
      format: 'pptx',
      title: '导出会议幻灯片',
      layoutStep: '生成幻灯片',
      read: (c, detail) => ({ title: detail.meeting.title, slides: buildSlides(detail, meetingContent(c.core.db, detail, callToday(c), c.core.now())) }),
      write: async (input, job, centre) => {
        const { slidesPptx, PPTX_MIME } = await import('./slides-pptx');
        return { data: await slidesPptx(input.slides, { title: input.title, author: centre }, rowsProgress(job)), mime: PPTX_MIME };
      },
    }),
};
