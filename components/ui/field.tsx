/** The id of the element that lists a field's errors, for the input's aria-describedby. */
const errorIdOf = (htmlFor: string) => `${htmlFor}-errors`;

/** What an input gives assistive technology about its own errors: invalid, and where the messages are. */
export function fieldAria(htmlFor: string, errors: string[] | undefined) {
  return errors && errors.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': errorIdOf(htmlFor) } : {};
}

export function Field({
  label,
  htmlFor,
  errors,
  hint,
  children,
}: {
  label: string;
  htmlFor: string;
  errors?: string[];
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      {errors && errors.length > 0 && (
        <div id={errorIdOf(htmlFor)}>
          {errors.map((e) => (
            <p key={e} className="text-xs text-red-700">
              {e}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

export const inputClass =
  'rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-blue-600 focus:outline-none focus:ring-1 focus:ring-blue-600 disabled:bg-slate-100 disabled:text-slate-500 aria-[invalid=true]:border-red-500';
