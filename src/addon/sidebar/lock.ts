const BUSY_MESSAGE =
  "Valorise écrit déjà dans ce classeur (un rapport, une table ou un import, depuis un autre clic, onglet ou compte). " +
  "Attendez qu'il ait fini, puis réessayez.";

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
