// The progress bar of long arena work: battles done, battles/s and ETA on stderr, only when stderr
// is a terminal (never in pipes, files or CI logs) and not --quiet.
import cliProgress from 'cli-progress';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

export function startProgress(total: number, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY || total === 0) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: 'battles {bar} {value}/{total} | {rate} battles/s | ETA {eta_formatted}',
    etaBuffer: 50,
    hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  const t0 = performance.now();
  bar.start(total, 0, { rate: '0.0' });
  return {
    update: (done) => bar.update(done, { rate: (done / ((performance.now() - t0) / 1000)).toFixed(1) }),
    stop: () => bar.stop(),
  };
}
