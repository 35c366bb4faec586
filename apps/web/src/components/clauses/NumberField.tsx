import { TextField } from '../../ui';

const int = (value: string): number | null => (value.trim() === '' ? null : Number.parseInt(value, 10));

export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  hint,
  error,
}: {
  label: string;
  value: number | null | undefined;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  hint?: string;
  error?: string | null;
}) {
  return (
    <TextField
      label={label}
      hint={hint}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={value ?? ''}
      error={error}
      onChange={(event) => onChange(int(event.target.value))}
    />
  );
}
