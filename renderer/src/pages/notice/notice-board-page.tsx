// 网格公示牌: the printable notice board of one grid (SPEC §1 公示) — map, team with photos,
// phones and duties, supervision phone. A4 or A3 portrait; 打印/导出PDF uses the browser's
// print (save as PDF).
import { App, Form, Input, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { GRID_TYPE_LABELS, type GridType } from '../../../../shared/org/org-types';
import type { NoticeTeamMember } from '../../../../shared/registry/notice-types';
import { STAFF_PHOTO_MAX_BASE64 } from '../../../../shared/registry/registry-inputs';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { readFileBase64 } from '../../ui/file-upload';
import { GridMiniMap } from './grid-mini-map';
import { Avatar, PrintPage, type Paper } from './print-page';

const dateFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** Shrinks a photo to fit the stored size (≈300 KB) as JPEG. */
async function photoFromFile(file: File): Promise<{ mime: 'image/jpeg' | 'image/png' | 'image/webp'; base64: string }> {
  const raw = await readFileBase64(file);
  const mime = file.type as 'image/jpeg' | 'image/png' | 'image/webp';
  if (raw.length <= STAFF_PHOTO_MAX_BASE64 && ['image/jpeg', 'image/png', 'image/webp'].includes(mime)) return { mime, base64: raw };
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 480 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL('image/jpeg', 0.82);
  return { mime: 'image/jpeg', base64: url.slice(url.indexOf(',') + 1) };
}

function TeamCard({ m, canEdit }: { m: NoticeTeamMember; canEdit: boolean }) {
  const { message } = App.useApp();
  const pick = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/jpeg,image/png,image/webp';
    input.onchange = async () => {
      const f = input.files?.[0];
      if (!f) return;
      try {
        await invoke('registry.setStaffPhoto', { staffId: m.staffId, photo: await photoFromFile(f) });
        void message.success(`已更新${m.name}的照片`);
      } catch (err) {
        void message.error(errorMessage(err));
      }
    };
    input.click();
  };
  return (
    <div className={`tg-notice-member ${m.teamRole === 'leader' ? 'is-leader' : ''}`} data-testid="notice-member">
      <div className={canEdit ? 'tg-notice-photo is-editable' : 'tg-notice-photo'} onClick={canEdit ? pick : undefined} title={canEdit ? '点击更换照片' : undefined}>
        <Avatar name={m.name} photo={m.photo} />
      </div>
      <div className="tg-notice-member-info">
        <div className="tg-notice-role">
          {m.roleLabel}
        </div>
        <div className="tg-notice-name">{m.name}</div>
        <div className="tg-notice-phone">☎ {m.phone}</div>
        <div className="tg-notice-duties">{m.duties}</div>
      </div>
    </div>
  );
}

function SettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const settings = useRpcQuery('registry.noticeSettings', {}, { enabled: open });
  const save = useRpcMutation('registry.setNoticeSettings', { onSuccess: onClose });
  const [form] = Form.useForm();
  return (
    <Modal open={open} title="公示牌设置（全镇通用）" okText="保存" cancelText="取消" onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      {settings.data ? (
        <Form form={form} layout="vertical" initialValues={settings.data} onFinish={(v) => save.mutate(v)}>
          <Form.Item name="supervisionPhone" label="监督电话" rules={[{ required: true, message: '请填写监督电话' }]}>
            <Input placeholder="如：0579-88881234" />
          </Form.Item>
          <Form.Item name="serviceHours" label="服务时间">
            <Input placeholder="如：工作日 8:30—17:30，紧急情况24小时" />
          </Form.Item>
          <Form.Item name="servicePromise" label="服务承诺">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Form>
      ) : (
        <Spin />
      )}
    </Modal>
  );
}

export function NoticeBoardPage() {
  const { gridId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const paper: Paper = params.get('size') === 'A3' ? 'A3' : 'A4';
  const board = useRpcQuery('registry.noticeBoard', { gridId });
  const units = useRpcQuery('org.units', {});
  const [mapReady, setMapReady] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const canEdit = session.can('org.write');

  const b = board.data;
  const hasMap = !!b?.grid.boundary;
  const ready = !!b && !!units.data && (mapReady || !hasMap);
  const shorten = (name: string) => (b && name.startsWith(b.grid.villageName) && name.length > b.grid.villageName.length ? name.slice(b.grid.villageName.length) : name);

  return (
    <PrintPage
      title={b ? `${b.grid.name} · 网格公示牌` : '网格公示牌'}
      paper={paper}
      onPaper={(p) => setParams({ size: p }, { replace: true })}
      ready={ready}
      testId="notice-board"
      extra={
        <>
          {b && !b.supervisionPhone ? (
            <Typography.Text type="warning" data-testid="notice-no-supervision">
              尚未设置监督电话，公示牌上将留空{canEdit ? '' : '（请联系系统管理员设置）'}
            </Typography.Text>
          ) : null}
          {canEdit ? (
            <a onClick={() => setSettingsOpen(true)} data-testid="notice-settings">
              设置监督电话
            </a>
          ) : null}
        </>
      }
    >
      {!b || !units.data ? (
        <div className="tg-notice-loading">{board.error ? errorMessage(board.error) : <Spin />}</div>
      ) : (
        <div className="tg-notice-sheet">
          <header className="tg-notice-header">
            <div className="tg-notice-emblem">格</div>
            <div>
              <div className="tg-notice-title">网格公示牌</div>
              <div className="tg-notice-sub">
                {b.townName} · {b.grid.villageName}
              </div>
            </div>
          </header>
          <div className="tg-notice-gridname" data-testid="notice-grid-name">
            {b.grid.name}
            <span className="tg-notice-code">网格编码 {b.grid.code}</span>
          </div>
          <section className="tg-notice-top">
            <div className="tg-notice-map">
              <GridMiniMap grid={b.grid} neighbours={b.neighbours.map((n) => ({ ...n, name: shorten(n.name) }))} units={units.data} onRendered={() => setMapReady(true)} />
              <div className="tg-notice-map-legend">
                <span className="tg-notice-swatch is-own" />
                本网格
                <span className="tg-notice-swatch" />
                相邻网格
              </div>
            </div>
            <div className="tg-notice-facts">
              <div className="tg-notice-section">网格概况</div>
              <table>
                <tbody>
                  <tr>
                    <th>所属村/社区</th>
                    <td>{b.grid.villageName}</td>
                  </tr>
                  <tr>
                    <th>网格类型</th>
                    <td>{b.grid.gridType ? (GRID_TYPE_LABELS[b.grid.gridType as GridType] ?? b.grid.gridType) : '—'}</td>
                  </tr>
                  <tr>
                    <th>户数 / 人口</th>
                    <td>
                      {b.grid.households.toLocaleString('zh-CN')} 户 / {b.grid.population.toLocaleString('zh-CN')} 人
                    </td>
                  </tr>
                  <tr>
                    <th>面积</th>
                    <td>{b.grid.areaKm2 !== null ? `${b.grid.areaKm2} 平方公里` : '—'}</td>
                  </tr>
                  <tr>
                    <th>相邻网格</th>
                    <td>{b.neighbours.length ? b.neighbours.map((n) => shorten(n.name)).join('、') : '—'}</td>
                  </tr>
                  <tr>
                    <th>服务时间</th>
                    <td>{b.serviceHours || '—'}</td>
                  </tr>
                </tbody>
              </table>
              {b.servicePromise ? <div className="tg-notice-promise">{b.servicePromise}</div> : null}
            </div>
          </section>
          <div className="tg-notice-section">网格服务团队</div>
          <section className="tg-notice-team" data-testid="notice-team">
            {b.team.length === 0 ? <div className="tg-muted">尚未配备网格服务团队</div> : b.team.map((m) => <TeamCard key={`${m.staffId}-${m.teamRole}`} m={m} canEdit={canEdit} />)}
          </section>
          <footer className="tg-notice-footer">
            <div className="tg-notice-supervision">
              {/* not set: a line to write the number on by hand rather than a dash */}
              监督电话{' '}
              <b data-testid="notice-supervision" className={b.supervisionPhone ? undefined : 'is-blank'}>
                {b.supervisionPhone}
              </b>
            </div>
            <div className="tg-notice-generated">
              {b.townName}网格化服务管理中心 · {dateFmt.format(new Date(b.generatedAt))}
            </div>
          </footer>
        </div>
      )}
      <SettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </PrintPage>
  );
}
