// LockService. Locks live in the world, so a second execution (a second click while the
// first runs) sees the lock held. Everything is synchronous: a lock held by another
// execution cannot be released while this one waits, so waiting times out at once.

import { asApi, type Execution } from "./execution";
import type { LockState, StoreName } from "./world";

type Lock = GoogleAppsScript.Lock.Lock;
type LockApi = Pick<Lock, "tryLock" | "waitLock" | "releaseLock" | "hasLock">;

export class FakeLock implements LockApi {
  constructor(
    private readonly state: LockState,
    private readonly executionId: number,
  ) {}

  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.holder !== null && this.state.holder !== this.executionId) return false;
    this.state.holder = this.executionId;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error("Lock timeout: another process was holding the lock for too long.");
  }

  releaseLock(): void {
    if (this.state.holder === this.executionId) this.state.holder = null;
  }

  hasLock(): boolean {
    return this.state.holder === this.executionId;
  }
}

type LockServiceApi = Pick<GoogleAppsScript.Lock.LockService, "getDocumentLock" | "getScriptLock" | "getUserLock">;

export class FakeLockService implements LockServiceApi {
  constructor(private readonly execution: Execution) {}

  private lock(name: StoreName): Lock {
    return asApi(this.execution.track(new FakeLock(this.execution.world.locks[name], this.execution.id), "Lock"));
  }

  getDocumentLock(): Lock {
    return this.lock("document");
  }

  getScriptLock(): Lock {
    return this.lock("script");
  }

  getUserLock(): Lock {
    return this.lock("user");
  }
}

/** Apps Script releases an execution's locks when it ends. */
export function releaseLocksOf(locks: Record<StoreName, LockState>, executionId: number): void {
  for (const state of Object.values(locks)) if (state.holder === executionId) state.holder = null;
}
