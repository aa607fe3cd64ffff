/** Compile-time checks of tables against the manifest (src/manifest/): types only, no code. */

/** True when A and B are the same set of keys. */
export type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only when `T` is `true`: `export type X = Holds<SameKeys<…>>` fails where a table lacks an entry. */
export type Holds<T extends true> = T;
