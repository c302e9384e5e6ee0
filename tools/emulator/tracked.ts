// Wraps a fake service object in a Proxy that checks the access policy and counts every
// method call. Methods run on the raw object, so internal calls are neither counted nor
// checked; a method returning its own object (chaining) returns the proxy.

import type { CallCounter } from "./callCounter";
import type { AccessPolicy } from "./policy";

export interface Tracking {
  counter: CallCounter;
  policy: AccessPolicy;
}

const rawObjects = new WeakMap<object, object>();

export function tracked<T extends object>(target: T, typeName: string, tracking: Tracking): T {
  const wrappers = new Map<PropertyKey, Function>();
  const proxy: T = new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function" || typeof property !== "string" || property === "constructor") return value;
      let wrapper = wrappers.get(property);
      if (!wrapper) {
        const method = value as (...args: unknown[]) => unknown;
        wrapper = (...args: unknown[]) => {
          tracking.policy.check(typeName, property);
          tracking.counter.record(typeName, property);
          const result = method.apply(object, args);
          return result === object ? proxy : result;
        };
        wrappers.set(property, wrapper);
      }
      return wrapper;
    },
  });
  rawObjects.set(proxy, target);
  return proxy;
}

/** The fake behind a tracked proxy (or the object itself). */
export function untracked<T extends object>(value: T): T {
  return (rawObjects.get(value) as T | undefined) ?? value;
}
