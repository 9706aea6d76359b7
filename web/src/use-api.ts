import { useEffect, useState } from 'react';

/** A request's state: what arrived, or why not, and whether one is under way. */
export interface ApiState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  /** Asks again under the same key, keeping what is shown until the new answer arrives (after a change). */
  reload: () => void;
}

/**
 * Runs an API call when its key changes and aborts the previous one, so a fast typist or a
 * quick back-and-forward never sees an answer to an older question.
 *
 * @example
 * const { data, error, reload } = useApi(`org:${id}`, (signal) => api.organization(id, signal));
 */
export function useApi<T>(key: string | null, call: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [state, setState] = useState<Omit<ApiState<T>, 'reload'> & { key: string | null }>({
    key: null,
    data: null,
    error: null,
    loading: key !== null,
  });
  const [round, setRound] = useState(0);
  const reload = () => setRound((r) => r + 1);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, key, loading: true, error: null }));
    call(controller.signal).then(
      (data) => setState({ key, data, error: null, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, data: null, error: error instanceof Error ? error : new Error(String(error)), loading: false });
      },
    );
    return () => controller.abort();
    // The key names the request; `call` is a fresh closure on every render, so it is not a dependency.
  }, [key, round]);
  // Data of another key is stale: show nothing rather than the wrong entity.
  return state.key === key ? { ...state, reload } : { data: null, error: null, loading: key !== null, reload };
}
