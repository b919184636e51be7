export { importCompose } from './import-compose.js';
export type { ImportOptions, ImportResult, ImportSource, ImportTarget } from './types.js';
export { SCAFFOLD_RECIPES, isProjectName, scaffoldConfig } from './scaffold.js';
export type { ScaffoldOptions, ScaffoldRecipe } from './scaffold.js';
