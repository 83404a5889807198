// Run/pause, stepping, speed, round buttons and the breakpoint.
import type { Viewer } from '../app.ts';
import { clear, h } from '../dom.ts';

const SPEEDS: [string, number][] = [['1 cycle/frame', 1], ['10', 10], ['100', 100], ['1 000', 1000], ['10 000', 10000], ['as fast as possible', 0]];

/** The usual speeds plus the one asked for in the URL, in order. */
function speedChoices(current: number): [string, number][] {
  if (SPEEDS.some(([, n]) => n === current)) return SPEEDS;
  return [...SPEEDS.slice(0, -1), [String(current), current] as [string, number], SPEEDS[SPEEDS.length - 1]].sort((a, b) => (a[1] || Infinity) - (b[1] || Infinity));
}

export function mountControls(root: HTMLElement, v: Viewer): void {
  const stepN = h('input', { type: 'number', min: 1, value: 100, class: 'num', 'aria-label': 'cycles for step N' });
  const bp = h('input', { type: 'number', min: 0, placeholder: 'address', class: 'num', id: 'breakpoint', 'aria-label': 'breakpoint address' });
  const speed = h('select', { id: 'speed', 'aria-label': 'speed', onchange: () => {
    v.speed = Number(speed.value);
    if (v.running) v.run();
  } }, ...speedChoices(v.speed).map(([label, n]) => h('option', { value: n, selected: n === v.speed }, label)));
  const runBtn = h('button', { id: 'run', class: 'primary', onclick: () => (v.running ? v.pause() : v.run()) });
  const auto = h('input', { type: 'checkbox', checked: v.autoNext, onchange: () => (v.autoNext = auto.checked) });
  const setBp = () => {
    const n = bp.value.trim() === '' ? -1 : Number(bp.value);
    v.breakpoint = Number.isInteger(n) && n >= 0 ? n % v.settings.coreSize : -1;
    v.changed();
  };
  bp.addEventListener('change', setBp);
  clear(root,
    runBtn,
    h('button', { id: 'step1', title: 'one cycle: a turn for each live warrior', onclick: () => void v.step(1) }, 'Step 1'),
    h('span', { class: 'group' }, h('button', { id: 'stepN', onclick: () => void v.step(Math.max(1, Number(stepN.value) || 1)) }, 'Step N'), stepN),
    h('label', { class: 'group' }, 'Speed ', speed),
    h('button', { id: 'restart', onclick: () => void v.restartRound() }, 'Restart round'),
    h('button', { id: 'next-round', onclick: () => void v.nextRound() }, 'Next round'),
    h('button', { id: 'new-battle', onclick: () => void v.newBattle() }, 'New battle'),
    h('label', { class: 'group', title: 'go on with the next round when one ends' }, auto, ' auto next round'),
    h('label', { class: 'group', title: 'pause before any process executes this address' }, 'Break at ', bp,
      h('button', { class: 'small', title: 'break at the pinned cell', onclick: () => {
        if (v.pinned >= 0) bp.value = String(v.pinned);
        setBp();
      } }, 'pinned')),
  );
  const sync = () => {
    runBtn.textContent = v.running ? '❚❚ Pause' : '▶ Run';
    runBtn.title = 'space';
    if (v.breakpoint < 0 && bp.value !== '' && document.activeElement !== bp) bp.value = '';
  };
  v.onChange(sync);
  sync();
  // Space runs/pauses, "." steps one cycle; not while typing.
  document.addEventListener('keydown', (ev) => {
    const t = ev.target as HTMLElement;
    if (ev.ctrlKey || ev.metaKey || ev.altKey || t.closest('input, select, textarea, button, .cm-editor, dialog')) return;
    if (ev.key === ' ') {
      ev.preventDefault();
      if (v.running) v.pause();
      else v.run();
    } else if (ev.key === '.') void v.step(1);
  });
}
