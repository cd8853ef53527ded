// Connects the session's event stream to the query cache: `changed` invalidates the queries
// that read the changed tables; a reconnect after a drop invalidates everything.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { invalidateTables } from './query-client';
import { setLiveStatus } from './live-status';
import { getTransport } from './transport';
import { rpcKey } from './rpc-hooks';

export function LiveEvents({ token }: { token: string | null }) {
  const client = useQueryClient();
  useEffect(() => {
    const stop = getTransport().listen(token, {
      onEvent(e) {
        if (e.event === 'changed') void invalidateTables(client, e.payload.tables);
      },
      onReconnect() {
        void client.invalidateQueries();
      },
      onStatus: setLiveStatus,
      onSessionEnded() {
        // Re-check the sign-in: a session that really ended takes the tab to the sign-in screen.
        void client.invalidateQueries({ queryKey: rpcKey('auth.me', {}) });
      },
    });
    return () => {
      stop();
      setLiveStatus('connecting');
    };
  }, [client, token]);
  return null;
}
