'use client';

/** 打印: the browser's print dialog (A4, or 另存为 PDF); the print styles drop navigation, forms and buttons. */
export function PrintButton({ label = '打印（A4）' }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-blue-800 hover:bg-slate-100">
      {label}
    </button>
  );
}
