/**
 * `next(value)`, at once for a value, after it for a promise: a synchronous
 * step stays synchronous. Told apart by `then`: the values are strings and
 * SignedParams, which have none.
 */
export const whenReady = <T, R>(value: T | Promise<T>, next: (value: T) => R): R | Promise<R> =>
  (value as Promise<T>).then ? (value as Promise<T>).then(next) : next(value as T);
