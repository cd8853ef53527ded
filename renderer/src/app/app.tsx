// Providers (locale, theme, query cache, session) around the start-up gate.
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, useState } from 'react';
import { useReducedMotion } from '../ui/reduced-motion';
import { AppGate } from './app-gate';
import { createQueryClient } from './query-client';
import { SessionProvider } from './session';
import { appTheme } from './theme';

export function App() {
  const [client] = useState(createQueryClient);
  const reducedMotion = useReducedMotion();
  const theme = useMemo(() => (reducedMotion ? { ...appTheme, token: { ...appTheme.token, motion: false } } : appTheme), [reducedMotion]);
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={client}>
          <SessionProvider>
            <AppGate />
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
