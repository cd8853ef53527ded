// The look of a government service centre: calm blue, plain, legible Chinese type.
import type { ThemeConfig } from 'antd';

export const FONT_FAMILY =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", -apple-system, "Segoe UI", sans-serif';

export const PRIMARY = '#1f5faa';

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorInfo: PRIMARY,
    colorLink: PRIMARY,
    borderRadius: 4,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
    colorBgLayout: '#f0f3f7',
  },
  components: {
    Layout: {
      headerBg: '#17457e',
      headerHeight: 56,
      headerPadding: '0 20px',
      siderBg: '#ffffff',
    },
    Menu: {
      itemSelectedBg: '#e6eef8',
      itemSelectedColor: PRIMARY,
    },
    Table: {
      headerBg: '#f3f6fa',
    },
  },
};
