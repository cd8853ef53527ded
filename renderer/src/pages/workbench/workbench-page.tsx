// 工作台: the desk home. The case queues come later; for now it says so and offers the
// town's headline figures and the ways in that already work.
import { ApartmentOutlined, BarChartOutlined } from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Space, Statistic } from 'antd';
import { useNavigate } from 'react-router';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { SECTIONS } from '../../app/sections';

function TownFigures() {
  const summary = useRpcQuery('board.summary', {});
  const s = summary.data;
  const items = s
    ? [
        { title: '村/社区', value: s.villages + s.communities, suffix: '个' },
        { title: '网格', value: s.grids, suffix: '个' },
        { title: '户数', value: s.households, suffix: '户' },
        { title: '户籍人口', value: s.populationRegistered, suffix: '人' },
        { title: '流动人口', value: s.populationFloating, suffix: '人' },
        { title: '在岗网格员', value: s.staffOnDuty, suffix: `/ ${s.staffTotal} 人` },
      ]
    : [];
  return (
    <Row gutter={16}>
      {items.map((i) => (
        <Col key={i.title} span={4}>
          <Card size="small" loading={summary.isPending}>
            <Statistic title={i.title} value={i.value} suffix={i.suffix} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function WorkbenchPage() {
  const navigate = useNavigate();
  const { can } = useSession();
  const section = SECTIONS.find((s) => s.key === 'workbench')!;
  return (
    <div className="tg-page" data-testid="workbench-page">
      {can('board.read') ? <TownFigures /> : null}
      <Result
        status="info"
        title="工作台 — 即将上线"
        subTitle={section.comingSoon}
        extra={
          <Space>
            {can('org.read') ? (
              <Button type="primary" icon={<ApartmentOutlined />} onClick={() => void navigate('/org')}>
                组织架构与网格
              </Button>
            ) : null}
            {can('board.read') ? (
              <Button icon={<BarChartOutlined />} onClick={() => void navigate('/board')}>
                打开指挥大屏
              </Button>
            ) : null}
          </Space>
        }
      />
    </div>
  );
}
