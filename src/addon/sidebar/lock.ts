export const BUSY_MESSAGE =
  "Un rapport est déjà en cours de génération pour ce classeur (autre clic, autre onglet ou autre personne). " +
  "Attendez qu'il se termine, puis réessayez.";

/** How long a second request waits for the first one before giving up with BUSY_MESSAGE. */
const WAIT_MS = 3000;

export type Locked<T> = { busy: false; value: T } | { busy: true };

/** Runs work under the document lock: two reports never write the same sheets at once. */
export function withDocumentLock<T>(work: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) return { busy: true };
  try {
    return { busy: false, value: work() };
  } finally {
    lock.releaseLock();
  }
}
