import type { Department } from '@/db/schema';
import { inputClass } from '@/components/ui/field';

/** 所属部门, needed by 部门领导 and 项目负责人 only. */
export function DepartmentSelect({ id, departments, value, onChange, disabled }: {
  id: string;
  departments: Department[];
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
}) {
  return (
    <select id={id} name="departmentId" value={disabled ? '' : value} onChange={(e) => onChange(e.target.value)} disabled={disabled} className={inputClass}>
      <option value="">{disabled ? '不属于部门' : '请选择'}</option>
      {departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </select>
  );
}
