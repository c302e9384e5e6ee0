export const BUSY_MESSAGE =
  "Un rapport est déjà en cours de génération pour ce classeur (autre clic, autre onglet ou autre personne). " +
  "Attendez qu'il se termine, puis réessayez.";

/** How long a second request waits for the first one before giving up with BUSY_MESSAGE. */
const WAIT_MS = 3000;

/** What a request gets while another one holds the lock. */
export interface Busy {
  ok: false;
  busy: true;
  message: string;
}

/** Runs work under the document lock (two reports never write the same sheets at once), or says it is busy. */
export function withDocumentLock<T>(work: () => T): T | Busy {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) return { ok: false, busy: true, message: BUSY_MESSAGE };
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
