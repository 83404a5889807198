// The editor dialog: loads CodeMirror only when first opened, so the page itself stays light.
import type { Viewer } from '../app.ts';
import { clear, h } from '../dom.ts';
import type { Entry } from '../warriors.ts';

export function makeEditorDialog(v: Viewer): (e: Entry) => void {
  const host = h('div', { class: 'editor-host' });
  const status = h('span', { class: 'editor-status', id: 'editor-status' });
  const dialog = h('dialog', { class: 'editor', id: 'editor' });
  let current: { id: number; text(): string } | null = null;
  const close = () => dialog.close();
  const apply = () => {
    if (current) v.replaceWarrior(current.id, current.text());
  };
  clear(dialog, h('div', { class: 'editor-head' }, h('b', {}, 'Edit warrior'), status,
    h('span', { class: 'spacer' }),
    h('button', { id: 'editor-apply', class: 'primary', onclick: apply }, 'Apply'),
    h('button', { id: 'editor-apply-close', onclick: () => { apply(); close(); } }, 'Apply & close'),
    h('button', { onclick: close }, 'Close')), host);
  document.body.append(dialog);
  return (e: Entry) => {
    void import('../editor.ts').then(({ createEditor }) => {
      clear(host);
      const ed = createEditor(host, e.source, () => v.settings, (n, first) => {
        status.textContent = n === 0 ? '✓ assembles' : `✗ ${n} error${n === 1 ? '' : 's'} — ${first}`;
        status.className = n === 0 ? 'editor-status ok' : 'editor-status bad';
      });
      current = { id: e.id, text: ed.text };
      dialog.showModal();
      ed.view.focus();
    });
  };
}
