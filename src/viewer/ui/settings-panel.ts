// Settings: a hill preset or custom values, the placement seed and the map's pixels per cell.
import type { Viewer } from '../app.ts';
import { HILLS, makeSettings } from '../../mars/index.ts';
import type { Settings } from '../../mars/index.ts';
import { clear, h } from '../dom.ts';

const FIELDS: [keyof Settings, string][] = [
  ['coreSize', 'core size'], ['maxCycles', 'max cycles'], ['maxProcesses', 'max processes'], ['maxLength', 'max length'],
  ['minDistance', 'min distance'], ['rounds', 'rounds'], ['pSpaceSize', 'P-space size'], ['readLimit', 'read limit'], ['writeLimit', 'write limit'],
];

export function mountSettings(root: HTMLElement, v: Viewer): void {
  const preset = h('select', { id: 'preset', 'aria-label': 'settings preset' },
    ...Object.keys(HILLS).map((n) => h('option', { value: n, selected: n === v.preset }, n)), h('option', { value: 'custom' }, 'custom'));
  const inputs = new Map<keyof Settings, HTMLInputElement>();
  const fill = (s: Settings) => inputs.forEach((inp, k) => (inp.value = String(s[k])));
  const seed = h('input', { type: 'number', id: 'seed', value: v.seed, class: 'num' });
  const px = h('select', { id: 'px' }, ...[0, 1, 2, 3, 4, 6, 8].map((n) => h('option', { value: n, selected: n === v.px }, n === 0 ? 'fit' : `${n} px`)));
  const icws88 = h('input', { type: 'checkbox', checked: v.settings.icws88 });
  const grid = h('div', { class: 'settings-grid' },
    ...FIELDS.map(([k, label]) => {
      const inp = h('input', { type: 'number', min: 0, class: 'num', 'data-key': k, onchange: () => (preset.value = 'custom') });
      inputs.set(k, inp);
      return h('label', {}, label, inp);
    }),
    h('label', {}, "ICWS'88", icws88),
    h('label', { title: 'pMARS -F: where warrior 2 starts in round 1' }, 'seed', h('span', { class: 'row' }, seed,
      h('button', { class: 'small', title: 'a random seed', onclick: () => {
        const s = HILLS[preset.value] ?? v.settings;
        seed.value = String(s.minDistance + Math.floor(Math.random() * (s.coreSize - 2 * s.minDistance)));
      } }, 'random'))),
    h('label', {}, 'cell size', px));
  preset.addEventListener('change', () => {
    if (preset.value !== 'custom') {
      fill(HILLS[preset.value]);
      icws88.checked = HILLS[preset.value].icws88;
    }
  });
  const apply = () => {
    const raw: Partial<Settings> = { icws88: icws88.checked };
    inputs.forEach((inp, k) => {
      const n = Math.floor(Number(inp.value));
      if (Number.isFinite(n) && n > 0) (raw as Record<string, number | boolean>)[k] = n;
    });
    const s = makeSettings(raw);
    v.seed = Math.floor(Number(seed.value)) || 0;
    v.px = Number(px.value);
    v.setSettings(preset.value, s);
    void v.newBattle();
  };
  fill(v.settings);
  // Settings can change from elsewhere (a run folder brings its own): show what is in force.
  let shown = v.settings;
  v.onChange(() => {
    if (v.settings === shown) return;
    shown = v.settings;
    fill(shown);
    icws88.checked = shown.icws88;
    preset.value = HILLS[v.preset] ? v.preset : 'custom';
    seed.value = String(v.seed);
  });
  clear(root, h('div', { class: 'row' }, 'Preset ', preset), grid, h('button', { id: 'apply-settings', class: 'primary', onclick: apply }, 'Apply and start new battle'));
}
