import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: '绩效运行监控',
  description: '项目支出绩效目标运行监控：导入目标表、填报完成值、查看序时进度与灯号',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
