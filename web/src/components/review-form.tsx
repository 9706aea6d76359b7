import { useState, type FormEvent } from 'react';
import {
  ATTRIBUTIONS,
  EVENT_CATEGORIES,
  EVENT_SUBTYPES,
  LOCATION_PRECISIONS,
  TARGET_TYPES,
  WEAPON_TYPES,
  type EventCategory,
} from '../../../src/model/taxonomy.js';
import type { AuditEntry, EventRecord, ReviewChange } from '../api-client.js';
import { humanize } from '../format.js';
import { CodeSelect } from './code-select.js';
import { FIELD_LABELS, fieldChange, fieldText, FORM_FIELDS, type FormField } from '../review-fields.js';
import { navigate, useLocation } from '../router.js';
import { useReviewSender } from '../use-review-sender.js';
import { ReviewFoot } from './review-foot.js';

const ACTIONS = ['accept', 'reject', 'edit'] as const;

/** The id of the form's value field, for pages that fill the form and move the keyboard there. */
export const REVIEW_VALUE_ID = 'review-value';
type FormAction = (typeof ACTIONS)[number];

/**
 * What an editor can do on an event: accept it, reject it, or correct any one field of it (a
 * report's own figures, date and stance, or the incident's type, place, perpetrators, targets and
 * weapons), always with a reason and their name. The chosen report, action and field live in the
 * URL (`?report=…&review=edit&field=killed`), so a link can open the form ready for a correction.
 *
 * @example
 * <ReviewForm event={event} onReviewed={(entry) => reload()} />
 */
export function ReviewForm({ event, onReviewed }: { event: EventRecord; onReviewed: (entry: AuditEntry) => void }) {
  const { path, query } = useLocation();
  const action = (ACTIONS as readonly string[]).includes(query.get('review') ?? '')
    ? (query.get('review') as FormAction)
    : 'edit';
  const field = (FORM_FIELDS as readonly string[]).includes(query.get('field') ?? '')
    ? (query.get('field') as FormField)
    : 'killed';
  // An incident's reports are facts of their own: the form acts on one, the representative unless the URL names another.
  const report = event.reports.find((r) => r.eventId === query.get('report')) ?? event.reports[0]!;
  const [value, setValue] = useState<{ key: string; text: string } | null>(null);
  const key = `${report.eventId}:${field}:${query.get('value') ?? ''}`;
  // A conflict's "take" or "keep" puts the value in the URL (`?value=`), to be confirmed with a reason.
  const text = value?.key === key ? value.text : (query.get('value') ?? fieldText(event, report, field));
  const sender = useReviewSender();

  const choose = (change: { review?: FormAction; field?: FormField; report?: string }) => {
    const next = new URLSearchParams(query);
    next.delete('value');
    for (const [key, v] of Object.entries(change)) next.set(key, v);
    navigate(`${path}?${next}`, { replace: true });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const base = { kind: 'event' as const, id: report.eventId };
    let change: ReviewChange;
    if (action === 'edit') {
      const asked = fieldChange(field, text);
      if ('problem' in asked) return sender.setProblem(asked.problem);
      change = { ...base, action, set: asked.set };
    } else change = { ...base, action };
    const entry = await sender.send(change);
    if (!entry) return;
    setValue(null);
    if (query.has('value')) choose({});
    onReviewed(entry);
  };

  return (
    <form className="review-form" onSubmit={(e) => void submit(e)} aria-labelledby="review-form-h">
      <h3 id="review-form-h">Review this event</h3>
      {event.reports.length > 1 && (
        <label>
          <span>Report</span>
          <select value={report.eventId} onChange={(e) => choose({ report: e.target.value })}>
            {event.reports.map((r) => (
              <option key={r.eventId} value={r.eventId}>
                {r.documentId}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="review-actions">
        <legend>Action</legend>
        {ACTIONS.map((a) => (
          <label key={a}>
            <input type="radio" name="review-action" checked={action === a} onChange={() => choose({ review: a })} />{' '}
            {a}
          </label>
        ))}
      </fieldset>
      {action === 'edit' && (
        <div className="review-field">
          <label>
            <span>Field</span>
            <select value={field} onChange={(e) => choose({ field: e.target.value as FormField })}>
              {FORM_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {FIELD_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <FieldInput field={field} text={text} onChange={(t) => setValue({ key, text: t })} />
        </div>
      )}
      <ReviewFoot
        sender={sender}
        submit={action === 'edit' ? 'Save the correction' : `${humanize(action)} the event`}
      />
    </form>
  );
}

// Codebook lists the form offers as choices rather than free text.
const CHOICES: Partial<Record<FormField, readonly string[]>> = {
  attribution: ATTRIBUTIONS,
  'location.precision': LOCATION_PRECISIONS,
};
const MULTIPLE_CHOICES: Partial<Record<FormField, readonly string[]>> = {
  targets: TARGET_TYPES,
  weapons: WEAPON_TYPES,
};

// What a text field expects, shown until the editor types.
const PLACEHOLDERS: Partial<Record<FormField, string>> = {
  date: '2018-02-18',
  'location.name': 'Kizlyar',
  'location.admin1': 'Dagestan; empty if unknown',
  'location.country': 'RU',
  coordinates: '43.85, 46.71; empty if unknown',
  perpetrators: 'names, separated by commas',
};
const COUNT_FIELDS = new Set<FormField>(['killed', 'injured', 'killed_perpetrators']);

// The input for a field's new value: selects and checkboxes for codebook lists, text otherwise.
function FieldInput({ field, text, onChange }: { field: FormField; text: string; onChange: (text: string) => void }) {
  const choices = CHOICES[field];
  if (choices) {
    return <CodeSelect label="New value" id={REVIEW_VALUE_ID} values={choices} value={text} onChange={onChange} />;
  }
  const multiple = MULTIPLE_CHOICES[field];
  if (multiple) {
    const chosen = new Set(text.split(',').map((v) => v.trim()));
    const toggle = (value: string, on: boolean) =>
      onChange(multiple.filter((v) => (v === value ? on : chosen.has(v))).join(', '));
    return (
      <fieldset className="review-choices">
        <legend>New value</legend>
        {multiple.map((v, i) => (
          <label key={v}>
            <input
              type="checkbox"
              id={i === 0 ? REVIEW_VALUE_ID : undefined}
              checked={chosen.has(v)}
              onChange={(e) => toggle(v, e.target.checked)}
            />{' '}
            {humanize(v)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (field === 'type') {
    const [category, subtype] = text.split('/') as [EventCategory, string];
    const subtypes: readonly string[] = EVENT_SUBTYPES[category];
    return (
      <>
        <CodeSelect
          label="Category"
          values={EVENT_CATEGORIES}
          value={category}
          onChange={(c) => onChange(`${c}/${EVENT_SUBTYPES[c as EventCategory][0]}`)}
        />
        <CodeSelect
          label="Subtype"
          values={subtypes}
          value={subtypes.includes(subtype) ? subtype : ''}
          onChange={(s) => onChange(`${category}/${s}`)}
        />
      </>
    );
  }
  if (field === 'summary') {
    return (
      <label>
        <span>New value</span>
        <textarea id={REVIEW_VALUE_ID} value={text} onChange={(e) => onChange(e.target.value)} rows={3} />
      </label>
    );
  }
  const count = COUNT_FIELDS.has(field);
  return (
    <label>
      <span>New value</span>
      <input
        id={REVIEW_VALUE_ID}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        placeholder={count ? '7, 5-6 or 7+; empty if unknown' : PLACEHOLDERS[field]}
        inputMode={count ? 'numeric' : 'text'}
      />
    </label>
  );
}
