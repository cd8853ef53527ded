// What an unbuilt section shows: plainly, what it will do.
import { Result } from 'antd';
import type { Section } from '../app/sections';

export function ComingSoon({ section }: { section: Section }) {
  return (
    <div className="tg-page" data-testid={`coming-soon-${section.key}`}>
      <Result status="info" title={`${section.label} — 即将上线`} subTitle={section.comingSoon} />
    </div>
  );
}
