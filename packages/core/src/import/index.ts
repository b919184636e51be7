export { importCompose } from './import-compose.js';
export type { ImportOptions, ImportResult, ImportSource, ImportTarget } from './types.js';
