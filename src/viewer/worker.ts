// The MARS worker: one Sim behind comlink. Snapshots carry a transferred copy of the cell buffer
// only when the page could not share it.
import { expose, transfer } from 'comlink';
import { Sim } from './sim.ts';
import type { AdvanceRequest, CellInfo, SimSetup, Snapshot } from './protocol.ts';

let sim: Sim | null = null;

function send(s: Snapshot): Snapshot {
  return s.cells ? transfer(s, [s.cells]) : s;
}

const api = {
  setup(setup: SimSetup): Snapshot {
    sim = new Sim(setup);
    return send(sim.snapshot(false));
  },
  advance(req: AdvanceRequest): Snapshot {
    return send(sim!.advance(req));
  },
  restartRound(): Snapshot {
    return send(sim!.restartRound());
  },
  nextRound(): Snapshot {
    return send(sim!.nextRound());
  },
  inspect(addr: number): CellInfo | null {
    return sim ? sim.inspect(addr) : null;
  },
  processes(w: number): number[] {
    return sim ? sim.processes(w) : [];
  },
};

export type SimApi = typeof api;

expose(api);
