import { useState, type FormEvent } from 'react';
import type { AuditEntry } from '../api-client.js';
import { useReviewSender } from '../use-review-sender.js';
import { ReviewFoot } from './review-foot.js';

/**
 * Where an editor chooses the name an entity is shown by everywhere — lists, facets, graphs —
 * from its known names or typed anew, or goes back to its first mention's name. Folded away
 * under the heading until asked for.
 *
 * @example
 * <DisplayNameForm id="org_imarat-kavkaz" name="Imarat Kavkaz" names={['Caucasus Emirate']} onRenamed={reload} />
 */
export function DisplayNameForm({
  id,
  name,
  names,
  onRenamed,
}: {
  id: string;
  name: string;
  names: string[];
  onRenamed: (entry: AuditEntry) => void;
}) {
  const sender = useReviewSender();
  const [text, setText] = useState(name);

  const rename = async (chosen: string | null) => {
    const entry = await sender.send({
      action: 'edit',
      kind: 'entity',
      id,
      set: { name: chosen },
    });
    if (!entry) return;
    setText((entry.after as { name: string }).name);
    onRenamed(entry);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void rename(text.trim());
  };

  return (
    <details className="display-name">
      <summary>Change the name shown</summary>
      <form className="review-form" onSubmit={submit}>
        <label>
          <span>Shown as</span>
          <input
            required
            list="display-name-choices"
            value={text}
            onChange={(e) => setText(e.target.value)}
            dir="auto"
          />
          <datalist id="display-name-choices">
            {names.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </label>
        <ReviewFoot sender={sender} submit="Show by this name">
          <button
            type="button"
            aria-disabled={sender.sending}
            onClick={() => (sender.reason.trim() ? void rename(null) : sender.setProblem('give a reason first'))}
          >
            Show by its first mention’s name
          </button>
        </ReviewFoot>
      </form>
    </details>
  );
}
