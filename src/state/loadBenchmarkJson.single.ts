// The single-file build opens from file://, where fetch cannot read sibling files: the tables are
// compiled in, still as separate lazily evaluated modules.
const files = import.meta.glob<unknown>('../../public/benchmarks/*.json', { import: 'default' });

export async function loadBenchmarkJson(file: string): Promise<unknown> {
  const load = files[`../../public/benchmarks/${file}`];
  if (!load) throw new Error(`benchmarks/${file} is not in this build`);
  return load();
}
