// Providers (locale, theme, query cache, session) around the start-up gate.
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { AppGate } from './app-gate';
import { createQueryClient } from './query-client';
import { SessionProvider } from './session';
import { appTheme } from './theme';

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <ConfigProvider locale={zhCN} theme={appTheme} button={{ autoInsertSpace: false }}>
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
