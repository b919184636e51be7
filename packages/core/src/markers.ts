// Symbol.for, not Symbol(): a config loaded through another copy of this package must still be understood.
export const APPEND: unique symbol = Symbol.for('compose-gen.append');
export const REMOVE: unique symbol = Symbol.for('compose-gen.remove');

/** Marks items to add after an inherited list in a target override (the list is otherwise replaced). */
export interface Append<I extends readonly unknown[] = readonly unknown[]> {
  readonly [APPEND]: I;
}

/** Marks an inherited key as deleted in a target override. */
export interface Remove {
  readonly [REMOVE]: true;
}

/** In `overrides`, extends the inherited list with `items` instead of replacing it. */
export function append<const I extends readonly unknown[]>(...items: I): Append<I> {
  return { [APPEND]: items };
}

/** In `overrides`, deletes the inherited key from that target's output. */
export function remove(): Remove {
  return { [REMOVE]: true };
}

export function isAppend(value: unknown): value is Append {
  return typeof value === 'object' && value !== null && APPEND in value;
}

export function isRemove(value: unknown): value is Remove {
  return typeof value === 'object' && value !== null && REMOVE in value;
}
