/**
 * An audit entry's before/after values, readable: a small table of the fields that changed
 * when both sides are records, pretty JSON otherwise. Everything goes through JSX, so
 * hostile values stay text.
 */

export interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Nested records as dotted fields (`texts.sv.title`), so a table can show what changed inside. */
function flatten(record: Record<string, unknown>, prefix = '', depth = 0): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (isRecord(value) && depth < 3 && Object.keys(value).length > 0) Object.assign(flat, flatten(value, field, depth + 1));
    else flat[field] = value;
  }
  return flat;
}

/**
 * The fields worth showing, or null when the values are not records (then the raw JSON is
 * shown). With both sides, only fields that differ; with one side, all of its fields.
 */
export function changeRows(before: unknown, after: unknown): ChangeRow[] | null {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if ((hasBefore && !isRecord(before)) || (hasAfter && !isRecord(after))) return null;
  const left = hasBefore ? flatten(before as Record<string, unknown>) : {};
  const right = hasAfter ? flatten(after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  const bothSides = hasBefore && hasAfter;
  return fields
    .filter((field) => !bothSides || !same(left[field], right[field]))
    .map((field) => ({ field, before: left[field], after: right[field] }));
}

interface Words {
  field: string;
  before: string;
  after: string;
  yes: string;
  no: string;
  empty: string;
}

function Value({ value, words }: { value: unknown; words: Words }) {
  if (value === undefined || value === null || value === '') return <>{words.empty}</>;
  if (typeof value === 'boolean') return <>{value ? words.yes : words.no}</>;
  if (typeof value === 'string' || typeof value === 'number') return <>{String(value)}</>;
  return <pre class="json">{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditChanges({ before, after, words, caption }: { before: unknown; after: unknown; words: Words; caption: string }) {
  if ((before === null || before === undefined) && (after === null || after === undefined)) return null;
  const rows = changeRows(before, after);
  if (rows === null) {
    return (
      <div class="audit-raw">
        {before !== null && before !== undefined && (
          <>
            <p>{words.before}</p>
            <pre class="json">{JSON.stringify(before, null, 2)}</pre>
          </>
        )}
        {after !== null && after !== undefined && (
          <>
            <p>{words.after}</p>
            <pre class="json">{JSON.stringify(after, null, 2)}</pre>
          </>
        )}
      </div>
    );
  }
  if (rows.length === 0) return null;
  const showBefore = before !== null && before !== undefined;
  const showAfter = after !== null && after !== undefined;
  return (
    <div class="table-wrap">
      <table class="audit-changes">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.field}</th>
            {showBefore && <th scope="col">{words.before}</th>}
            {showAfter && <th scope="col">{words.after}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">{row.field}</th>
              {showBefore && (
                <td>
                  <Value value={row.before} words={words} />
                </td>
              )}
              {showAfter && (
                <td>
                  <Value value={row.after} words={words} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
