import { Spin } from 'antd';

export function PageLoading() {
  return (
    <div className="tg-fullscreen-center" style={{ minHeight: 300 }}>
      <Spin />
    </div>
  );
}
