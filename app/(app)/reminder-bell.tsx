import Link from 'next/link';

/** The owner's bell: unread 催报 (reminders) beside the account; it opens the 待办 page, which marks them read. */
export function ReminderBell({ unread, className = '' }: { unread: number; className?: string }) {
  const label = unread > 0 ? `催报提醒：${unread} 条未读` : '催报提醒：没有未读';
  return (
    <Link href="/todos#reminders" aria-label={label} title={label} className={`relative inline-flex rounded p-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 ${className}`}>
      <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="absolute -right-1 -top-1 min-w-[1.1rem] rounded-full bg-red-600 px-1 text-center text-[11px] font-semibold leading-[1.1rem] text-white" data-testid="bell-count">
          {unread}
        </span>
      )}
    </Link>
  );
}
