// Renderer entry: Chinese locales for dayjs and zod messages, global styles, the app.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/app';
import './ui/global.css';

dayjs.locale('zh-cn');
z.config(z.locales.zhCN());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
