// The LLM prompts: our own text in .md files beside this module, with {{placeholders}}.
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

export type PromptName = 'system' | 'new' | 'mutate' | 'feedback' | 'repair';

export function renderPrompt(name: PromptName, values: Record<string, string | number>): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./${name}.md`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text.replace(/\{\{(\w+)\}\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
