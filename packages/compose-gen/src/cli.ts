export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`compose-gen: not implemented yet (${argv.join(' ')})\n`);
  return 2;
}
