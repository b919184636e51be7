import schema from '../../../../schemas/compose.schema.json' with { type: 'json' };

// The service keys the config types come from the same schema, so anything else travels under `raw`.
const serviceKeys = new Set(Object.keys(schema.definitions.service.properties));

export function isServiceKey(key: string): boolean {
  return serviceKeys.has(key) || key.startsWith('x-');
}
