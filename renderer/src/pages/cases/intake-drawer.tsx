// 事件登记: the intake drawer a dispatcher fills while on the phone. F2 opens it from the
// workbench and the case screens; Enter (in a one-line field) or Ctrl+Enter registers; the
// new case opens at once. Fields follow the source (a phoned-in case needs the caller's
// phone, a 12345 case its ticket number); the grid can be found from the address; an open
// case of the same category in the same grid in the last three days is offered as a duplicate.
// A dispatcher may dispatch at once (登记后立即派遣); the time limit shown is the one the case
// gets: computed by the core for the category, handling type and dispatch target chosen.
import { AimOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Radio, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { registerInput, sourceFormErrors, SOURCE_FORMS, type AttachmentInput, type RegisterInput } from '../../../../shared/cases/case-inputs';
import { assigneeOf, DispatchTargetFields, toTarget } from './dispatch-target-fields';
import {
  CASE_SOURCES,
  CASE_SOURCE_LABELS,
  DEFAULT_LEVEL_BY_TYPE,
  HANDLING_TYPES,
  HANDLING_TYPE_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  type CaseSource,
  type DispatchTargetKind,
  type HandlingType,
  type LocateCandidate,
  type Urgency,
} from '../../../../shared/cases/case-types';
import { CASE_STATUS_LABELS } from '../../../../shared/cases/case-workflow';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { showFieldErrors } from '../../ui/form-errors';
import { AttachmentsField } from './attachments-field';
import { CategoryPicker } from './category-picker';
import { fmtShort } from './case-format';
import { filterPick, useCategories, useOrgLookups } from './case-lookups';

interface IntakeValues {
  source: CaseSource;
  reporterName?: string;
  reporterPhone?: string;
  externalRef?: string;
  categoryId?: string;
  subcategoryId?: string;
  handlingType: HandlingType;
  urgency: Urgency;
  title?: string;
  description?: string;
  address?: string;
  gridId?: string;
  attachments?: AttachmentInput[];
  accept?: boolean;
  onSpot?: boolean;
  onSpotResult?: string;
  dispatchNow?: boolean;
  target?: { kind: DispatchTargetKind; unitId?: string; departmentId?: string; name?: string };
  assigneeUserId?: string;
}

/** The target a dispatch at intake starts from: the one matching the handling type's default level. */
const TARGET_OF_LEVEL = { grid: 'grid', village: 'village', town: 'department', county: 'county' } as const;

const FIELDS = ['source', 'reporterName', 'reporterPhone', 'externalRef', 'categoryId', 'subcategoryId', 'handlingType', 'urgency', 'title', 'description', 'address', 'gridId', 'onSpotResult'];
const SOURCE_FIELDS = ['reporterName', 'reporterPhone', 'externalRef'];
const LAST_SOURCE_KEY = 'towngrid.intake.source';

function lastSource(): CaseSource {
  const s = localStorage.getItem(LAST_SOURCE_KEY);
  return (CASE_SOURCES as readonly string[]).includes(s ?? '') ? (s as CaseSource) : 'resident_phone';
}

function toInput(v: IntakeValues): RegisterInput | { error: { path: string; message: string }[] } {
  const raw = {
    source: v.source,
    externalRef: v.externalRef?.trim() || undefined,
    categoryId: v.categoryId ?? '',
    subcategoryId: v.subcategoryId || undefined,
    handlingType: v.handlingType,
    urgency: v.urgency,
    title: v.title ?? '',
    description: v.description ?? '',
    address: v.address ?? '',
    gridId: v.gridId ?? '',
    reporterName: v.reporterName?.trim() || undefined,
    reporterPhone: v.reporterPhone?.trim() || undefined,
    attachments: v.attachments ?? [],
    onSpotResult: v.onSpot ? (v.onSpotResult ?? '') : undefined,
    accept: v.onSpot ? false : !!v.accept || !!v.dispatchNow,
    dispatch: !v.onSpot && v.dispatchNow && v.target?.kind ? { target: toTarget(v.target), ...assigneeOf(v) } : undefined,
  };
  const errors = sourceFormErrors(v.source, raw);
  const parsed = registerInput.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const path = String(i.path[0] ?? '');
      errors.push({ path, message: path === 'categoryId' ? '请选择事件分类' : i.message });
    }
  }
  return errors.length ? { error: errors } : parsed.data!;
}

/** How another screen opens the drawer: fields filled in advance, and its own registration (e.g. a case raised from a work log). */
export interface IntakeOptions {
  title?: string;
  preset?: Partial<Pick<IntakeValues, 'source' | 'gridId' | 'address' | 'title' | 'description'>>;
  /** Registers the case instead of cases.register (the drawer stays on the calling screen). */
  register?: (input: RegisterInput) => Promise<{ id: string; number: string }>;
}

export function IntakeDrawer({ open, onClose, options }: { open: boolean; onClose: () => void; options?: IntakeOptions | null }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { can } = useSession();
  const [form] = Form.useForm<IntakeValues>();
  const org = useOrgLookups();
  const cats = useCategories();
  const register = useRpcMutation('cases.register', { silent: true });
  const act = useRpcMutation('cases.act', { silent: true });
  const locate = useRpcMutation('cases.locate', { silent: true });
  const [candidates, setCandidates] = useState<LocateCandidate[] | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const canAccept = can('cases.dispatch');
  const canOnSpot = can('cases.handle');

  const source = (Form.useWatch('source', form) ?? 'resident_phone') as CaseSource;
  const categoryId = Form.useWatch('categoryId', form) as string | undefined;
  const subcategoryId = Form.useWatch('subcategoryId', form) as string | undefined;
  const handlingType = (Form.useWatch('handlingType', form) ?? 'general') as HandlingType;
  const gridId = Form.useWatch('gridId', form) as string | undefined;
  const onSpot = !!Form.useWatch('onSpot', form);
  const dispatchChecked = !!Form.useWatch('dispatchNow', form);
  const dispatchNow = !onSpot && dispatchChecked;
  const targetKind = Form.useWatch(['target', 'kind'], form) as DispatchTargetKind | undefined;
  const sourceForm = SOURCE_FORMS[source];

  const accept = Form.useWatch('accept', form) as boolean | undefined;
  const initial = useMemo(
    (): Partial<IntakeValues> => ({
      source: open ? lastSource() : 'resident_phone',
      handlingType: 'general',
      urgency: 'normal',
      accept: canAccept,
      attachments: [],
      ...(open ? options?.preset : undefined),
    }),
    [canAccept, open, options],
  );

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const category = categoryId ? cats.byId.get(categoryId) : undefined;
  const subOptions = useMemo(
    () => (category ? category.node.children.filter((s) => !s.archived).map((s) => ({ value: s.id, label: s.name, search: `${s.name} ${s.initials}` })) : []),
    [category],
  );

  // The core decides the level (and so the limit) from the same facts the registration uses.
  const preview = useRpcQuery(
    'sla.preview',
    { categoryId: categoryId ?? '', subcategoryId: subcategoryId ?? null, handlingType, onSpot, ...(dispatchNow && targetKind ? { targetKind } : {}) },
    { enabled: open && !!categoryId, silent: true },
  );

  const dupKey = categoryId && gridId ? `${categoryId}|${gridId}` : null;
  const hints = useRpcQuery('cases.duplicateHints', { categoryId: categoryId ?? '', gridId: gridId ?? '', days: 3 }, { enabled: open && !!dupKey, silent: true });
  const showHints = dupKey !== null && dismissed !== dupKey && (hints.data?.length ?? 0) > 0;

  const runLocate = async () => {
    const address = (form.getFieldValue('address') as string | undefined)?.trim();
    if (!address) {
      form.setFields([{ name: 'address', errors: ['请先填写地址，再定位网格'] }]);
      return;
    }
    try {
      const r = await locate.mutateAsync({ address });
      setCandidates(r.candidates);
      if (r.best) {
        form.setFieldsValue({ gridId: r.best.gridId });
        form.setFields([{ name: 'gridId', errors: [] }]);
        void message.success(`已定位到“${r.best.gridName}”`);
      } else if (r.candidates.length === 0) {
        void message.warning('未能从地址找到网格，请手工选择');
      }
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const collect = async (): Promise<RegisterInput | null> => {
    setFormError(null);
    let fieldsOk = true;
    try {
      await form.validateFields();
    } catch {
      fieldsOk = false;
    }
    const input = toInput(form.getFieldsValue(true) as IntakeValues);
    if ('error' in input || !fieldsOk) {
      if (!('error' in input)) return null;
      // The form's own rules already spoke for their fields; add what the source requires.
      const known = input.error.filter((e) => FIELDS.includes(e.path) && (fieldsOk || SOURCE_FIELDS.includes(e.path)));
      form.setFields(known.map((e) => ({ name: e.path as keyof IntakeValues, errors: [e.message] })));
      if (fieldsOk && known.length < input.error.length) setFormError(input.error.map((e) => e.message).join('；'));
      return null;
    }
    return input;
  };

  const finish = (id: string, text: string) => {
    localStorage.setItem(LAST_SOURCE_KEY, source);
    void message.success(text);
    onClose();
    void navigate(`/cases/${id}`);
  };

  const submit = async () => {
    if (register.isPending) return;
    const input = await collect();
    if (!input) return;
    try {
      const done = input.dispatch ? '并派遣' : input.accept ? '并受理' : '';
      if (options?.register) {
        const c = await options.register(input);
        void message.success(`已登记事件 ${c.number}${done}`);
        onClose();
        return;
      }
      const c = await register.mutateAsync(input);
      finish(c.id, `已登记事件 ${c.number}${done}`);
    } catch (err) {
      if (!showFieldErrors(form, err, FIELDS)) setFormError(errorMessage(err));
    }
  };

  const mergeInto = async (target: { id: string; number: string }) => {
    const input = await collect();
    if (!input) return;
    try {
      const c = await register.mutateAsync({ ...input, accept: false, dispatch: undefined, onSpotResult: undefined });
      await act.mutateAsync({ id: c.id, action: { type: 'merge', targetId: target.id, note: '登记时发现重复反映，合并办理' } });
      finish(target.id, `已登记 ${c.number} 并合并到 ${target.number}`);
    } catch (err) {
      setFormError(errorMessage(err));
    }
  };

  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const t = e.target as HTMLElement;
    const inSelect = !!t.closest('.ant-select, .ant-picker, .ant-radio-group, .ant-upload, button');
    if (e.ctrlKey || e.metaKey || (t.tagName === 'INPUT' && !inSelect)) {
      e.preventDefault();
      void submit();
    }
  };

  const pending = register.isPending || act.isPending;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={800}
      title={options?.title ?? '登记事件'}
      extra={<span className="tg-muted">F2 打开 · Enter 或 Ctrl+Enter 提交 · Esc 关闭</span>}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) {
          setCandidates(null);
          setDismissed(null);
          setFormError(null);
        }
      }}
      footer={
        <div className="tgc-drawer-footer">
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" size="large" loading={pending} onClick={() => void submit()} data-testid="intake-submit">
            登记{dispatchNow ? '并派遣' : canAccept && !onSpot && accept ? '并受理' : ''}
          </Button>
        </div>
      }
      data-testid="intake-drawer"
    >
      <div onKeyDown={onKeyDown}>
        {formError ? <Alert type="error" showIcon className="tg-form-alert" title={formError} data-testid="intake-error" /> : null}
        <Form<IntakeValues> form={form} layout="vertical" disabled={pending} className="tgc-intake" initialValues={initial}>
          <Form.Item name="source" label="事件来源" rules={[{ required: true, message: '请选择来源' }]}>
            <Radio.Group optionType="button" buttonStyle="solid" className="tgc-source" data-testid="intake-source">
              {CASE_SOURCES.map((s) => (
                <Radio.Button key={s} value={s} data-testid={`intake-source-${s}`}>
                  {CASE_SOURCE_LABELS[s]}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <div className="tgc-form-row3">
            <Form.Item name="reporterName" label="反映人" required={sourceForm.requires.includes('reporterName')}>
              <Input maxLength={30} placeholder="姓名" data-testid="intake-reporter-name" />
            </Form.Item>
            <Form.Item name="reporterPhone" label="联系电话" required={sourceForm.requires.includes('reporterPhone')}>
              <Input maxLength={20} placeholder="手机或座机" data-testid="intake-reporter-phone" autoFocus />
            </Form.Item>
            {sourceForm.externalRefLabel ? (
              <Form.Item name="externalRef" label={sourceForm.externalRefLabel} required={sourceForm.requires.includes('externalRef')}>
                <Input maxLength={80} data-testid="intake-external-ref" />
              </Form.Item>
            ) : (
              <div />
            )}
          </div>
          <div className="tgc-form-row2">
            <Form.Item name="categoryId" label="事件分类（大类）" rules={[{ required: true, message: '请选择事件分类' }]}>
              <CategoryPicker
                categories={cats.flat}
                onPickSub={(sub) => {
                  form.setFieldsValue({ subcategoryId: sub ?? undefined });
                  const chosen = form.getFieldValue('categoryId') as string | undefined;
                  const def = chosen ? cats.byId.get(chosen)?.node.defaultHandlingType : null;
                  if (def && !form.isFieldTouched('handlingType')) form.setFieldsValue({ handlingType: def });
                }}
              />
            </Form.Item>
            <Form.Item name="subcategoryId" label="小类">
              <Select
                allowClear
                placeholder={category ? '选择小类' : '先选择大类'}
                options={subOptions}
                showSearch={{ filterOption: filterPick }}
                disabled={!category || pending}
                data-testid="intake-subcategory"
              />
            </Form.Item>
          </div>
          <div className="tgc-form-row2">
            <Form.Item name="handlingType" label="办理类型" rules={[{ required: true }]}>
              <Radio.Group optionType="button" buttonStyle="solid" data-testid="intake-handling-type">
                {HANDLING_TYPES.map((t) => (
                  <Radio.Button key={t} value={t} data-testid={`intake-type-${t}`}>
                    {HANDLING_TYPE_LABELS[t]}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item name="urgency" label="紧急程度">
              <Radio.Group optionType="button" buttonStyle="solid" data-testid="intake-urgency">
                {URGENCIES.map((u) => (
                  <Radio.Button key={u} value={u}>
                    {URGENCY_LABELS[u]}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
          </div>
          {category ? (
            <div className="tgc-intake-hint" data-testid="intake-sla">
              承办部门：{category.node.defaultDepartmentName ?? '未设置'}
              {preview.data ? (
                <>
                  {' · '}办理时限：<span data-testid="intake-sla-text">{preview.data.text}</span>
                  {!dispatchNow && !onSpot && canAccept ? <span className="tg-muted">（派遣后按承办单位层级重新计算）</span> : null}
                </>
              ) : null}
              {handlingType === 'emergency' ? <Tag color="red" style={{ marginLeft: 8 }}>突发性事件登记后将通报相邻网格</Tag> : null}
            </div>
          ) : null}
          <Form.Item name="title" label="事件标题" rules={[{ required: true, whitespace: true, message: '请填写事件标题' }]}>
            <Input maxLength={80} showCount placeholder="地点 + 问题，如：溪口村2组烧烤店油烟扰民" data-testid="intake-title" />
          </Form.Item>
          <Form.Item name="description" label="情况描述">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} placeholder="反映的具体情况、诉求" data-testid="intake-description" />
          </Form.Item>
          <Form.Item label="事发地址" required={false}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="address" noStyle>
                <Input maxLength={200} placeholder="如：溪口村2组老街18号" data-testid="intake-address" />
              </Form.Item>
              <Button icon={<AimOutlined />} onClick={() => void runLocate()} loading={locate.isPending} data-testid="intake-locate">
                定位网格
              </Button>
            </Space.Compact>
          </Form.Item>
          {candidates && candidates.length > 1 ? (
            <div className="tgc-candidates" data-testid="intake-candidates">
              <span className="tg-muted">可能的网格：</span>
              {candidates.slice(0, 12).map((c) => (
                <Tag.CheckableTag
                  key={c.gridId}
                  checked={gridId === c.gridId}
                  onChange={() => {
                    form.setFieldsValue({ gridId: c.gridId });
                    form.setFields([{ name: 'gridId', errors: [] }]);
                  }}
                >
                  {c.gridName}
                </Tag.CheckableTag>
              ))}
            </div>
          ) : null}
          <Form.Item name="gridId" label="所在网格" rules={[{ required: true, message: '请选择网格（可先填写地址再点“定位网格”）' }]}>
            <Select showSearch={{ filterOption: filterPick }} placeholder="选择网格，可输入村名或拼音首字母" options={org.gridOptions()} data-testid="intake-grid" />
          </Form.Item>
          {showHints ? (
            <Alert
              type="warning"
              showIcon
              className="tg-form-alert"
              data-testid="intake-duplicates"
              title={`该网格近3天已有${hints.data!.length}件同类事件未办结，可能是重复反映`}
              description={
                <div className="tgc-dups">
                  {hints.data!.map((h) => (
                    <div key={h.id} className="tgc-dup">
                      <span className="tg-num">{h.number}</span>
                      <span className="tgc-dup-title">{h.title}</span>
                      <Tag>{CASE_STATUS_LABELS[h.status]}</Tag>
                      <span className="tg-muted">{fmtShort(h.receivedAt)}</span>
                      {canAccept && !options?.register ? (
                        <Button size="small" onClick={() => void mergeInto(h)} loading={pending} data-testid="intake-merge">
                          合并为重复
                        </Button>
                      ) : null}
                    </div>
                  ))}
                  <Button size="small" type="link" onClick={() => setDismissed(dupKey)} data-testid="intake-continue">
                    不是重复，继续登记
                  </Button>
                </div>
              }
            />
          ) : null}
          <Form.Item name="attachments" label="照片/附件">
            <AttachmentsField />
          </Form.Item>
          <Space size="large" wrap>
            {canAccept ? (
              <Form.Item name="accept" valuePropName="checked" noStyle>
                <Checkbox disabled={onSpot || dispatchNow || pending} data-testid="intake-accept">
                  登记后立即受理
                </Checkbox>
              </Form.Item>
            ) : null}
            {canAccept && !options?.register ? (
              <Form.Item name="dispatchNow" valuePropName="checked" noStyle>
                <Checkbox
                  disabled={onSpot || pending}
                  data-testid="intake-dispatch-now"
                  onChange={(e) => {
                    if (e.target.checked && !form.getFieldValue(['target', 'kind'])) {
                      form.setFieldsValue({ target: { kind: TARGET_OF_LEVEL[DEFAULT_LEVEL_BY_TYPE[handlingType]] } });
                    }
                  }}
                >
                  登记后立即派遣
                </Checkbox>
              </Form.Item>
            ) : null}
            {canOnSpot && handlingType === 'general' ? (
              <Form.Item name="onSpot" valuePropName="checked" noStyle>
                <Checkbox data-testid="intake-on-spot">已现场处置（登记备案）</Checkbox>
              </Form.Item>
            ) : null}
          </Space>
          {dispatchNow ? (
            <div style={{ marginTop: 12 }} data-testid="intake-dispatch">
              <DispatchTargetFields defaults={{ gridId: gridId ?? null, villageId: gridId ? (org.byId.get(gridId)?.parentId ?? null) : null, departmentName: category?.node.defaultDepartmentName ?? null }} />
            </div>
          ) : null}
          {onSpot && handlingType === 'general' ? (
            <Form.Item name="onSpotResult" label="现场处置结果" rules={[{ required: true, whitespace: true, min: 2, message: '请填写现场处置结果' }]} style={{ marginTop: 12 }}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
            </Form.Item>
          ) : null}
        </Form>
      </div>
    </Drawer>
  );
}
