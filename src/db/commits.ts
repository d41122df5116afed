/**
 * What must happen once public data has changed, hung on the commit instead of on each
 * caller: `writeTransaction` notifies after its transaction commits, and only then, so a
 * route, the CLI, the seed and a test fixture writing through the same handle all trigger
 * the same consequences. Listeners belong to one database handle (see `createDatabase`):
 * another handle on the same database, or another instance, has its own.
 */
export type CommitListener = () => void;

export class CommitListeners {
  private readonly listeners = new Set<CommitListener>();

  /** Calls `listener` after every committed write; the returned function stops it. */
  subscribe(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Called by `writeTransaction` once its commit succeeded (never after a rollback). Every
   * listener runs even if one throws; the first error is rethrown afterwards so a broken
   * listener fails loudly instead of silently leaving a cache stale.
   */
  notify(): void {
    let failure: { error: unknown } | null = null;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}
