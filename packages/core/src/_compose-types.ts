// The Compose model types come from @compose-gen/spec (generated from schemas/compose.schema.json).
// Until that module exports them, these open shapes keep the config machinery compiling; they are replaced, not extended.
type Open = { [key: string]: unknown };
export type Service = Open;
export type Volume = Open;
export type Network = Open;
export type Secret = Open;
export type Config = Open;
export type ComposeFile = Open;
