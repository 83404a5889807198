// The warriors of the next battle: built-in picks, .red files (picker or drag-and-drop), edit and
// export. Every name, author and message is put in the page as text.
import type { Viewer } from '../app.ts';
import { builtinFiles, loadBuiltin } from '../builtin.ts';
import { clear, download, h } from '../dom.ts';
import { warriorColour } from '../palette.ts';
import { exportName, loadFileOf } from '../warriors.ts';
import type { Entry } from '../warriors.ts';

export async function addFiles(v: Viewer, files: Iterable<File>): Promise<void> {
  for (const f of files) v.addWarrior(f.name, await f.text());
}

export function mountWarriors(root: HTMLElement, v: Viewer, openEditor: (e: Entry) => void): void {
  const list = h('ul', { class: 'warrior-list', id: 'warrior-list' });
  const pick = h('select', { id: 'builtin', 'aria-label': 'built-in warrior' }, ...builtinFiles().map((f) => h('option', { value: f }, f)));
  const fileInput = h('input', { type: 'file', accept: '.red,.txt,text/plain', multiple: true, id: 'file-input', class: 'hidden' });
  fileInput.addEventListener('change', () => {
    if (fileInput.files) void addFiles(v, fileInput.files).then(() => (fileInput.value = ''));
  });
  clear(root,
    list,
    h('div', { class: 'row' },
      pick,
      h('button', { id: 'add-builtin', onclick: async () => void v.addWarrior(pick.value, await loadBuiltin(pick.value)) }, 'Add'),
      h('button', { onclick: () => fileInput.click(), title: 'or drop .red files anywhere on the page' }, 'Open .red…'),
      h('button', { onclick: () => openEditor(v.addWarrior('new.red', ';redcode-94\n;name New warrior\n;author you\n;assert 1\n\n        mov.i   $0, $1\n        end\n')) }, 'New'),
      fileInput),
  );
  const row = (e: Entry, i: number) => {
    const r = e.result;
    const w = r.warrior;
    const sub = r.ok && w ? `${w.code.length} instr · by ${r.author}` : `${r.errors.length} error${r.errors.length === 1 ? '' : 's'}: ${r.errors[0]?.message ?? ''}`;
    return h('li', { class: r.ok ? 'warrior' : 'warrior bad', 'data-id': e.id },
      h('i', { class: 'swatch', style: `background:${warriorColour(i)}` }),
      h('span', { class: 'wname' }, h('span', { class: 'name' }, r.name), h('small', {}, ` ${e.file}`), h('br'), h('small', {}, sub)),
      h('span', { class: 'actions' },
        h('button', { class: 'small', title: 'edit', onclick: () => openEditor(e) }, '✎'),
        h('button', { class: 'small export', title: 'download the assembled load file', disabled: !r.ok, onclick: () => {
          const text = loadFileOf(e, v.settings);
          if (text) download(exportName(e), text);
        } }, '⤓'),
        h('button', { class: 'small', title: 'remove', onclick: () => v.removeWarrior(e.id) }, '✕')));
  };
  let shown = '';
  v.onChange(() => {
    // Colours follow the order of the warriors that assemble, as in the battle.
    let k = 0;
    const key = v.entries.map((e) => `${e.id}:${e.result.ok}:${e.result.name}`).join('|');
    if (key === shown) return;
    shown = key;
    clear(list, ...v.entries.map((e) => row(e, e.result.ok ? k++ : -1)));
  });
}
