import { humanize } from '../format.js';

/**
 * A labelled select over a list of codebook codes, each shown humanized. With `blank`, an empty
 * first choice of that name stands for none (a filter's "all").
 *
 * @example
 * <CodeSelect label="Attribution" values={ATTRIBUTIONS} value={a} onChange={setA} />
 * <CodeSelect label="Category" values={EVENT_CATEGORIES} value="" blank="all" onChange={…} />
 */
export function CodeSelect({
  label,
  values,
  value,
  onChange,
  blank,
  id,
}: {
  label: string;
  values: readonly string[];
  value: string;
  onChange: (value: string) => void;
  blank?: string;
  id?: string;
}) {
  return (
    <label>
      <span>{label}</span>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {blank !== undefined && <option value="">{blank}</option>}
        {values.map((code) => (
          <option key={code} value={code}>
            {humanize(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
