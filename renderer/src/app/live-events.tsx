// Connects the session's event stream to the query cache: `changed` invalidates the queries
// that read the changed tables; a reconnect after a drop invalidates everything.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isTableName, type TableName } from '../../../shared/db/tables';
import { invalidateTables } from './query-client';
import { setLiveStatus } from './live-status';
import { getTransport } from './transport';

function changedTables(payload: unknown): TableName[] {
  const tables = (payload as { tables?: unknown } | null)?.tables;
  return Array.isArray(tables) ? tables.filter((t): t is TableName => typeof t === 'string' && isTableName(t)) : [];
}

export function LiveEvents({ token }: { token: string | null }) {
  const client = useQueryClient();
  useEffect(() => {
    const stop = getTransport().listen(token, {
      onEvent(event, payload) {
        if (event === 'changed') void invalidateTables(client, changedTables(payload));
      },
      onReconnect() {
        void client.invalidateQueries();
      },
      onStatus: setLiveStatus,
    });
    return () => {
      stop();
      setLiveStatus('connecting');
    };
  }, [client, token]);
  return null;
}
