import type { SourceRange } from '../diagnostic.js';
import { fromPointer, toPointer } from '../diagnostic.js';

/** A file's locate function: the value at a pointer, or with `{ key: true }` its mapping key. */
export type Locate = (pointer: string, options?: { key?: boolean }) => SourceRange;

/** Where one value was written: a file's locate function and the pointer inside that file. */
export interface Src {
  locate: Locate;
  pointer: string;
}

/**
 * Remembers, for every key or index of every container of a model, the file and pointer the value came from.
 * Keyed by container identity, so merge rules only have to say where each child they place comes from.
 */
export class Origins {
  private readonly table = new WeakMap<object, Map<string, Src>>();

  get(container: object, key: string | number): Src | undefined {
    return this.table.get(container)?.get(String(key));
  }

  set(container: object, key: string | number, src: Src | undefined): void {
    if (!src) return;
    let m = this.table.get(container);
    if (!m) {
      m = new Map();
      this.table.set(container, m);
    }
    m.set(String(key), src);
  }

  /** Copies the origin of `from[fromKey]` to `to[toKey]`. */
  copy(from: object, fromKey: string | number, to: object, toKey: string | number): void {
    this.set(to, toKey, this.get(from, fromKey));
  }

  /** Records every value of `data` as coming from `locate` at its own pointer (under `prefix`). */
  annotate(data: unknown, locate: Locate, prefix: (string | number)[] = []): void {
    if (typeof data !== 'object' || data === null) return;
    const entries: [string | number, unknown][] = Array.isArray(data)
      ? data.map((v, i) => [i, v])
      : Object.entries(data);
    for (const [k, v] of entries) {
      const path = [...prefix, k];
      this.set(data, k, { locate, pointer: toPointer(path) });
      this.annotate(v, locate, path);
    }
  }

  /** Deep copy of `value` carrying its origins over. */
  clone<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      const out = value.map((v) => this.clone(v));
      value.forEach((_, i) => this.copy(value, i, out, i));
      return out as T;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = this.clone(v);
      this.copy(value, k, out, k);
    }
    return out as T;
  }

  /**
   * The source range of the deepest value along `pointer` whose origin is known; with `{ key: true }` the
   * mapping key that introduced it (a service's name rather than its body).
   */
  resolve(root: unknown, pointer: string, options?: { key?: boolean }): SourceRange | undefined {
    let node: unknown = root;
    let found: Src | undefined;
    for (const seg of fromPointer(pointer)) {
      if (typeof node !== 'object' || node === null) break;
      const src = this.get(node, seg);
      if (src) found = src;
      const next: unknown = (node as Record<string, unknown>)[seg];
      if (next === undefined) break;
      node = next;
    }
    return found?.locate(found.pointer, options);
  }
}
