/** A form's outcome: green when saved, red when refused; nothing before the first submit. */
export function FormMessage({ state }: { state: { ok: boolean; message: string | null } }) {
  if (!state.message) return null;
  return (
    <p role="status" className={`rounded px-2 py-1.5 text-sm ${state.ok ? 'bg-green-50 text-green-800' : 'bg-red-50 text-red-800'}`}>
      {state.message}
    </p>
  );
}
