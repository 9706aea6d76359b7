import { useState } from 'react';
import { api, type AuditEntry, type ReviewChange } from './api-client.js';

// The editor's name is remembered in this browser, so a session of reviews asks for it once.
const ACTOR_KEY = 'chronicle:actor';

/** Sending review changes as the named editor: who, why, whether one is under way, and how the last went. */
export interface ReviewSender {
  actor: string;
  reason: string;
  setReason: (reason: string) => void;
  setActor: (actor: string) => void;
  sending: boolean;
  /** Why the last change was not saved, for the form to show. */
  problem: string | null;
  setProblem: (problem: string | null) => void;
  /** The audit entry of the last change saved. */
  saved: AuditEntry | null;
  /** Sends one change with the reason given; answers its audit entry, or null when it was not saved (the problem says why). */
  send: (change: ReviewChange) => Promise<AuditEntry | null>;
}

/**
 * The part every review form shares: the editor's name, remembered in this browser, the reason,
 * cleared once a change is saved, and one change sent at a time with its outcome.
 *
 * @example
 * const sender = useReviewSender();
 * const entry = await sender.send({ action: 'accept', kind: 'event', id });
 */
export function useReviewSender(): ReviewSender {
  const [actor, setActor] = useState(() => localStorage.getItem(ACTOR_KEY) ?? '');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState<AuditEntry | null>(null);
  const send = async (change: ReviewChange): Promise<AuditEntry | null> => {
    if (sending) return null;
    setSending(true);
    setProblem(null);
    setSaved(null);
    localStorage.setItem(ACTOR_KEY, actor.trim());
    try {
      const entry = await api.review({ ...change, reason: reason.trim() }, actor.trim());
      setReason('');
      setSaved(entry);
      return entry;
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      setSending(false);
    }
  };
  return { actor, setActor, reason, setReason, sending, problem, setProblem, saved, send };
}
