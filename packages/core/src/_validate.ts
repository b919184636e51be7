import { validateModel, type Diagnostic } from '@compose-gen/spec';

/** Schema, reference and semantic checks of a resolved model, by @compose-gen/spec; paths point into the model. */
export function validateOutput(model: unknown, file: string): Diagnostic[] {
  return validateModel(model, { file });
}
