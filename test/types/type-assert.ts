// Compile-time assertions for the type tests in test/types (checked by `npm run typecheck`,
// never run).
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** `expectType<Equal<A, B>>(true)` compiles only if A and B are the same type. */
export function expectType<T extends true>(_proof: T): void {}

/** `hasType<B>()(value)` compiles only if the value's type is exactly B. */
export function hasType<Expected>() {
  return <Actual>(_value: Actual, ..._proof: Equal<Actual, Expected> extends true ? [] : [never]): void => {};
}
