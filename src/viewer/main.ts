// Entry point: builds the page, applies URL parameters (?hill, w, seed, px, speed, run, autorun) and
// starts the first battle.
import './style.css';
import { HILLS, hillSettings } from '../mars/index.ts';
import { Viewer } from './app.ts';
import { builtinFiles, loadBuiltin } from './builtin.ts';
import { $ } from './dom.ts';
import { fetchRun } from './run-source.ts';
import { mountCellInfo } from './ui/cell-info.ts';
import { mountControls } from './ui/controls.ts';
import { enableDrop } from './ui/drop.ts';
import { makeEditorDialog } from './ui/editor-dialog.ts';
import { mountResults } from './ui/results-panel.ts';
import { mountRunPanel } from './ui/run-panel.ts';
import { mountSettings } from './ui/settings-panel.ts';
import { mountStatus } from './ui/status.ts';
import { mountWarriors } from './ui/warriors-panel.ts';

const DEFAULT_PAIR = ['dormouse.red', 'knave.red'];

/** The warriors asked for, or else the first two built-ins that assemble under the settings. */
async function addDefaultWarriors(v: Viewer, wanted: string[], showError: (m: string) => void): Promise<void> {
  const files = builtinFiles();
  const names = wanted.map((f) => (f.endsWith('.red') ? f : `${f}.red`));
  const order = [...names.filter((f) => files.includes(f)), ...files.filter((f) => !names.includes(f))];
  let good = 0;
  for (const f of order) {
    if (good >= Math.max(2, names.length)) break;
    try {
      const e = v.addWarrior(f, await loadBuiltin(f));
      if (e.result.ok) good++;
      else if (!names.includes(f)) v.removeWarrior(e.id);
    } catch (e) {
      showError((e as Error).message);
    }
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const v = new Viewer();
  const hill = params.get('hill');
  if (hill && HILLS[hill]) v.setSettings(hill, hillSettings(hill));
  if (params.has('rounds')) v.settings.rounds = Math.max(1, Number(params.get('rounds')) || 1);
  // pMARS -F is warrior 2's address in round 1; any value from minDistance on keeps the warriors apart.
  const { coreSize, minDistance } = v.settings;
  v.seed = params.has('seed') ? Number(params.get('seed')) || 0 : minDistance + Math.floor(Math.random() * (coreSize - 2 * minDistance));
  if (params.has('px')) v.px = Math.max(0, Number(params.get('px')) || 0);
  if (params.has('speed')) v.speed = params.get('speed') === 'max' ? 0 : Math.max(1, Number(params.get('speed')) || 1);

  await v.init($('#map'));
  mountControls($('#controls'), v);
  mountStatus($('#status'), $<HTMLCanvasElement>('#proc-chart'), v);
  mountCellInfo($('#cell-info'), v.map.app.canvas, v);
  mountWarriors($('#warriors'), v, makeEditorDialog(v));
  mountSettings($('#settings'), v);
  mountResults($('#results'), v);
  const showError = (msg: string) => {
    v.message = msg;
    v.changed();
  };
  const runs = mountRunPanel($('#run-panel'), v, showError);
  enableDrop(document.body, v);

  await addDefaultWarriors(v, params.get('w')?.split(',') ?? DEFAULT_PAIR, showError);
  const runUrl = params.get('run');
  if (runUrl) {
    $('#run-section').setAttribute('open', '');
    fetchRun(runUrl).then(runs.show, (e: Error) => showError(e.message));
  }
  if (await v.newBattle() && params.get('autorun') === '1') v.run();
  document.body.dataset.ready = '1';
}

start().catch((e: unknown) => {
  const box = document.getElementById('fatal');
  if (box) box.textContent = `The viewer could not start: ${e instanceof Error ? e.message : String(e)}`;
  throw e;
});
