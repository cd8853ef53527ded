// 走访记录 on a household's or a person's record page: the household's visits (入户走访), for
// accounts that may read visits there (the routine's scope, decided by the core); no tab otherwise.
import type { MethodInput } from '../../../../../shared/api';
import { useRpcQuery } from '../../../app/rpc-hooks';
import { useSession } from '../../../app/session';
import { VisitTable } from '../../routine/visit-list';

export function useRecordVisits(filter: MethodInput<'routine.visits'>, showHousehold: boolean) {
  const { can } = useSession();
  const q = useRpcQuery('routine.visits', filter, { enabled: can('routine.read'), retry: false });
  if (!q.data) return [];
  return [{ key: 'visits', label: `走访记录（${q.data.length}）`, children: <VisitTable visits={q.data} showHousehold={showHousehold} testId="record-visits" /> }];
}
