'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';

/** Updates query-string entries of the current page (empty string removes one); paging restarts. */
export function useUrlParams() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return (changes: Record<string, string>, { keepPage = false } = {}) => {
    const next = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!keepPage) next.delete('page');
    router.push(`${pathname}?${next.toString()}`);
  };
}
