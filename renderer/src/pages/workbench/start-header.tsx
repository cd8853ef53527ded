// The head of every start screen: greeting, name and role, today's date, and the actions the
// account holds (指挥大屏, 登记事件 F2).
import { BarChartOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../../shared/auth/roles';
import { useSession } from '../../app/session';
import { IntakeLauncher } from '../cases/intake-launcher';

function greeting(): string {
  const h = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(11, 13));
  return h < 11 ? '上午好' : h < 13 ? '中午好' : h < 18 ? '下午好' : '晚上好';
}

const todayFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });

export function StartHeader({ motto, children }: { motto: string; children?: ReactNode }) {
  const navigate = useNavigate();
  const { can, user } = useSession();
  return (
    <div className="tgw-top">
      <div className="tgw-top-text">
        <div className="tgw-hello">
          {greeting()}，{user?.displayName}
          {user ? <Tag color="blue" className="tgw-role-tag" data-testid="start-role">{ROLE_LABELS[user.role]}</Tag> : null}
        </div>
        <div className="tg-muted">
          {todayFmt.format(new Date())} · {motto}
        </div>
      </div>
      <Space wrap>
        {children}
        {can('board.read') ? (
          <Button icon={<BarChartOutlined />} onClick={() => void navigate('/board')}>
            指挥大屏
          </Button>
        ) : null}
        <IntakeLauncher className="tgw-intake" />
      </Space>
    </div>
  );
}

/** The keyboard hints of the screens this account uses: F2 only where it may register cases. */
export function KeyHints() {
  const { can } = useSession();
  const hints = [
    ...(can('cases.intake') ? ['F2 登记事件'] : []),
    ...(can('cases.read') ? ['在事件办理中 Alt+1…9 切换队列、Enter 打开事件'] : []),
  ];
  if (!hints.length) return null;
  return <div className="tg-muted tgw-foot" data-testid="start-keys">快捷键：{hints.join(' · ')}</div>;
}
