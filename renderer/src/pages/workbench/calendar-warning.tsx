// The holiday-calendar warning (next year's calendar missing), with 去导入 for those who may.
import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';

export function CalendarWarning() {
  const navigate = useNavigate();
  const { can } = useSession();
  const status = useRpcQuery('calendar.status', {}, { silent: true });
  const warning = status.data?.warning;
  if (!warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={warning}
      data-testid="workbench-calendar-warning"
      action={
        can('calendar.write') ? (
          <Button size="small" onClick={() => void navigate('/settings?tab=calendar')}>
            去导入
          </Button>
        ) : undefined
      }
    />
  );
}
