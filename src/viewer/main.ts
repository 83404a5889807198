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

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const v = new Viewer();
  const hill = params.get('hill');
  if (hill && HILLS[hill]) v.setSettings(hill, hillSettings(hill));
  if (params.has('rounds')) v.settings.rounds = Math.max(1, Number(params.get('rounds')) || 1);
  if (params.has('seed')) v.seed = Number(params.get('seed')) || 0;
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
  const runs = mountRunPanel($('#run'), v, showError);
  enableDrop(document.body, v);

  const known = new Set(builtinFiles());
  const wanted = (params.get('w')?.split(',') ?? DEFAULT_PAIR.filter((f) => known.has(f))).map((f) => (f.endsWith('.red') ? f : `${f}.red`));
  const pair = wanted.length >= 2 ? wanted : builtinFiles().slice(0, 2);
  for (const f of pair) {
    try {
      v.addWarrior(f, await loadBuiltin(f));
    } catch (e) {
      showError((e as Error).message);
    }
  }
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
