import { Result } from 'antd';

export function NoAccess() {
  return <Result status="403" title="无权访问" subTitle="当前账号没有查看此页面的权限，如需开通请联系系统管理员。" />;
}
