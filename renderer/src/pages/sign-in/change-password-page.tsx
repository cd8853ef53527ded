// 修改初始密码: shown right after sign-in when the account must choose its own password
// (a demo account, or a password an administrator set). The server refuses everything else
// (PASSWORD_CHANGE_REQUIRED) until this is done.
import { Alert, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../../../../shared/api';
import { rpcKey } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { EntryScreen } from '../../ui/entry-screen';
import { PasswordTab } from '../settings/password-tab';

export function ChangePasswordPage({ user }: { user: SessionUser }) {
  const client = useQueryClient();
  const session = useSession();
  const changed = () => client.setQueryData<SessionUser>(rpcKey('auth.me', {}), { ...user, mustChangePassword: false });
  return (
    <EntryScreen title={<span data-testid="change-password-title">修改初始密码</span>} subtitle={`${user.displayName}（${user.username}）`}>
      <Alert
        type="warning"
        showIcon
        className="tg-form-alert"
        title="首次登录或管理员重置密码后，须先设置自己的新密码才能继续使用。"
        data-testid="change-password-reason"
      />
      <PasswordTab onChanged={changed} />
      <Button type="link" onClick={() => void session.signOut()} data-testid="change-password-sign-out">
        退出登录
      </Button>
    </EntryScreen>
  );
}
