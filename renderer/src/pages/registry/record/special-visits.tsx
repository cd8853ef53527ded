// 帮扶走访 of a special-population record: the form to register a visit and the visits, newest first.
import { App, Button, DatePicker, Empty, Form, Input, Select, Tag, Timeline } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SpecialVisit } from '../../../../../shared/registry/registry-records';
import { VISIT_METHOD_LABELS, type VisitMethod } from '../../../../../shared/registry/registry-types';
import { useRpcMutation } from '../../../app/rpc-hooks';
import { useSession } from '../../../app/session';

/** The visits tab; `adding` (the form is open) is kept by the record page. */
export function SpecialVisits({
  specialId,
  visits,
  adding,
  setAdding,
}: {
  specialId: string;
  visits: SpecialVisit[];
  adding: boolean;
  setAdding: (adding: boolean) => void;
}) {
  const session = useSession();
  return (
    <>
      {session.can('registry.write') ? (
        adding ? (
          <VisitForm specialId={specialId} onDone={() => setAdding(false)} />
        ) : (
          <Button onClick={() => setAdding(true)} className="tg-record-sub">
            登记走访
          </Button>
        )
      ) : null}
      {visits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有走访记录" />
      ) : (
        <Timeline
          className="tg-history"
          items={[...visits]
            .sort((a, b) => b.visitDate.localeCompare(a.visitDate))
            .map((v) => ({
              key: v.id,
              content: (
                <div className="tg-history-entry">
                  <div className="tg-history-head">
                    <span className="tg-history-time">{v.visitDate}</span>
                    <span className="tg-history-actor">{v.visitor}</span>
                    <Tag>{VISIT_METHOD_LABELS[v.method]}</Tag>
                  </div>
                  <div>{v.content}</div>
                  {v.finding ? <div className="tg-warn-low">发现问题：{v.finding}</div> : null}
                </div>
              ),
            }))}
        />
      )}
    </>
  );
}

function VisitForm({ specialId, onDone }: { specialId: string; onDone: () => void }) {
  const { message } = App.useApp();
  const session = useSession();
  const [form] = Form.useForm<{ visitDate: Dayjs; visitor: string; method: VisitMethod; content: string; finding?: string }>();
  const add = useRpcMutation('registry.addSpecialVisit', {
    onSuccess: () => {
      void message.success('走访记录已登记');
      form.resetFields();
      onDone();
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      className="tg-visit-form"
      initialValues={{ visitDate: dayjs(), visitor: session.user?.displayName ?? '', method: 'home' }}
      onFinish={(v) =>
        add.mutate({ specialId, visitDate: v.visitDate.format('YYYY-MM-DD'), visitor: v.visitor, method: v.method, content: v.content, finding: v.finding || null })
      }
    >
      <div className="tg-record-form-grid">
        <Form.Item name="visitDate" label="走访日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="visitor" label="走访人" rules={[{ required: true, message: '请填写走访人' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="method" label="方式">
          <Select options={Object.entries(VISIT_METHOD_LABELS).map(([value, l]) => ({ value, label: l }))} />
        </Form.Item>
        <Form.Item name="content" label="走访内容" className="tg-span-3" rules={[{ required: true, message: '请填写走访内容' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="finding" label="发现问题" className="tg-span-3">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </div>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        登记走访
      </Button>
    </Form>
  );
}
