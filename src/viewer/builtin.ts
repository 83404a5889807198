// The project's own warriors (warriors/*.red), bundled as lazily loaded text.
const files = import.meta.glob('../../warriors/*.red', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

const byName = new Map(Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1), load]));

export function builtinFiles(): string[] {
  return [...byName.keys()].sort();
}

export async function loadBuiltin(file: string): Promise<string> {
  const load = byName.get(file) ?? byName.get(`${file}.red`);
  if (!load) throw new Error(`no built-in warrior ${file}`);
  return load();
}
