import type { ReactNode } from 'react';
import type { ReviewSender } from '../use-review-sender.js';

/**
 * The foot every review form shares: the reason and the editor's name, whether the last change
 * was saved and, when not, why, then the form's buttons.
 *
 * @example
 * <ReviewFoot sender={sender} submit="Save the correction" />
 */
export function ReviewFoot({
  sender,
  submit,
  children,
}: {
  sender: ReviewSender;
  submit: string;
  children?: ReactNode;
}) {
  const { reason, setReason, actor, setActor, saved, problem, sending } = sender;
  return (
    <>
      <label>
        <span>Reason</span>
        <textarea required value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      </label>
      <label>
        <span>Your name</span>
        <input required value={actor} onChange={(e) => setActor(e.target.value)} autoComplete="name" />
      </label>
      {saved && (
        <p className="notice" role="status">
          Saved: {saved.action} by {saved.actor}; the history lists it.
        </p>
      )}
      {problem && (
        <p className="notice error" role="alert">
          Not saved: {problem}
        </p>
      )}
      {/* Not `disabled` while sending: a disabled button drops the keyboard focus to the page. */}
      <button type="submit" aria-disabled={sending}>
        {submit}
      </button>
      {children}
    </>
  );
}
