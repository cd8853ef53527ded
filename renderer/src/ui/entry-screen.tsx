// The frame of the first-run and sign-in screens: a calm backdrop with one centred card.
import type { ReactNode } from 'react';

export function EntryScreen({ title, subtitle, children, width = 440 }: { title: ReactNode; subtitle?: ReactNode; children: ReactNode; width?: number }) {
  return (
    <div className="tg-entry">
      <div className="tg-entry-brand">
        <span className="tg-emblem tg-emblem-large" aria-hidden>
          格
        </span>
        <div>
          <div className="tg-entry-product">乡镇网格化服务管理指挥台</div>
          <div className="tg-entry-slogan">网格化管理 · 精细化服务 · 信息化支撑</div>
        </div>
      </div>
      <div className="tg-entry-card" style={{ width }}>
        <h1 className="tg-entry-title">{title}</h1>
        {subtitle ? <div className="tg-entry-subtitle">{subtitle}</div> : null}
        {children}
      </div>
      <div className="tg-entry-footer">数据保存在本机及本单位局域网内，不上传互联网</div>
    </div>
  );
}
