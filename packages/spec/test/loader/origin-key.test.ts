import { describe, expect, it } from 'vitest';
import { load } from './_conformance.js';

const base = 'services:\n  web:\n    image: x\n    ports: ["80:80"]\n  db:\n    image: d\n';
const override = '# prod\nservices:\n  web:\n    image: y\n  worker:\n    image: z\n';

describe('origin(pointer, { key: true }) on the merged model', () => {
  const r = load({ name: 'origin', row: 'pipeline', files: [base, override] });
  const at = (pointer: string, key: boolean) => {
    const s = r.origin(pointer, { key });
    return [s.file, s.line, s.column];
  };

  it('points at the key of a service in the last file that wrote it', () => {
    expect(at('/services/web', true)).toEqual(['override1.yaml', 3, 3]);
    expect(at('/services/web/ports/0', false)).toEqual(['compose.yaml', 4, 13]);
    expect(at('/services/worker', true)).toEqual(['override1.yaml', 5, 3]);
    expect(at('/services/db', true)).toEqual(['compose.yaml', 5, 3]);
  });

  it('points at the key of a scalar the override replaced, and at its value without the option', () => {
    expect(at('/services/web/image', true)).toEqual(['override1.yaml', 4, 5]);
    expect(at('/services/web/image', false)).toEqual(['override1.yaml', 4, 12]);
  });

  it('falls back to the nearest known ancestor for a pointer the model lacks', () => {
    expect(at('/services/worker/command', true)).toEqual(['override1.yaml', 5, 3]);
  });
});
