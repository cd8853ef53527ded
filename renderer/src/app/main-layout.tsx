// The desk layout: header (town, sync indicator, notifications, user, sign-out), left navigation, the page.
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Popconfirm, Space, Tag } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { DeskEmergencyBar } from '../pages/board/emergency/desk-emergency-bar';
import { IntakeProvider } from '../pages/cases/intake-launcher';
import { NotificationBell } from '../pages/notifications/notification-bell';
import type { SessionUser, SystemStatus } from '../../../shared/api';
import { ROLE_LABELS } from '../../../shared/auth/roles';
import { PageLoading } from '../ui/page-loading';
import { SyncIndicator } from '../ui/sync-indicator';
import { useSession } from './session';
import { visibleSections } from './sections';

const { Header, Sider, Content } = Layout;

export function MainLayout({ system, user }: { system: SystemStatus; user: SessionUser }) {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const sections = visibleSections(session.can, user.role === 'display');
  const selected = sections.find((s) => location.pathname.startsWith(s.path))?.key;

  return (
    <Layout className="tg-shell">
      <Header className="tg-header">
        <div className="tg-header-title" data-testid="header-town">
          <span className="tg-emblem" aria-hidden>
            格
          </span>
          <span className="tg-town">{system.townName}</span>
          <span className="tg-product">网格化服务管理指挥台</span>
        </div>
        <Space size="middle" className="tg-header-user">
          <SyncIndicator variant="header" onOpen={session.can('users.manage') ? () => void navigate('/settings?tab=sync') : undefined} />
          <NotificationBell />
          <span data-testid="header-user">
            <UserOutlined /> {user.displayName}
          </span>
          <Tag color="blue" variant="filled" data-testid="header-role">
            {ROLE_LABELS[user.role]}
          </Tag>
          <Popconfirm title="确定退出登录吗？" okText="退出" cancelText="取消" onConfirm={() => void session.signOut()}>
            <Button type="text" className="tg-header-button" icon={<LogoutOutlined />} data-testid="sign-out">
              退出登录
            </Button>
          </Popconfirm>
        </Space>
      </Header>
      <Layout>
        <Sider width={200} collapsible collapsed={collapsed} onCollapse={setCollapsed} theme="light" className="tg-sider">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            data-testid="main-nav"
            items={sections.map((s) => ({ key: s.key, icon: s.icon, label: s.label }))}
            onClick={({ key }) => {
              const s = sections.find((x) => x.key === key);
              if (s) void navigate(s.path);
            }}
          />
        </Sider>
        <Content className="tg-content">
          <DeskEmergencyBar />
          <IntakeProvider>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </IntakeProvider>
        </Content>
      </Layout>
    </Layout>
  );
}
