'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { markRemindersReadAction } from './actions';

/** Rendered while the reader has unread reminders: marks them read once the page is shown, then refreshes the bell. */
export function MarkRemindersRead() {
  const router = useRouter();
  useEffect(() => {
    void markRemindersReadAction().then(() => router.refresh());
  }, [router]);
  return null;
}
