/**
 * What a page shows while its data is on the way, or why it is not coming.
 *
 * @example
 * if (!data) return <Status loading={loading} error={error} what="the profile" />;
 */
export function Status({ loading, error, what }: { loading: boolean; error: Error | null; what: string }) {
  if (error) {
    return (
      <p className="notice error" role="alert">
        Could not load {what}: {error.message}
      </p>
    );
  }
  return (
    <p className="notice" aria-live="polite">
      {loading ? `Loading ${what}…` : `No ${what}.`}
    </p>
  );
}
