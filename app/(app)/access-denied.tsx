export function AccessDenied({ message }: { message: string }) {
  return (
    <div role="status" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <p className="font-medium">无权访问</p>
      <p className="mt-1 text-sm">{message}</p>
    </div>
  );
}
