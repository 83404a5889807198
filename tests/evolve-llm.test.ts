// The LLM proposer through the real openai SDK against a real local HTTP server.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LlmProposer } from '../src/evolve/proposers/llm.ts';
import type { ProposalRequest } from '../src/evolve/proposers/proposer.ts';
import { hillSettings } from '../src/mars/settings.ts';
import { assemble } from '../src/redcode/index.ts';
import { runCli } from './support/cli.ts';
import { startFakeOpenAI, type FakeOpenAI, type Reply } from './support/fake-openai.ts';

const settings = hillSettings('94nop');
const GOOD = '```redcode\n;redcode-94\n;name Good Dwarf\n;assert 1\nbomb dat #0, #0\nloop add #4, bomb\n mov bomb, @bomb\n jmp loop\n end loop\n```';
const BAD = '```redcode\n;name Broken\nloop mov 0, nowhere\n jmz loop\n```';
const newTask: ProposalRequest = { task: 'new', round: 1, iteration: 0, seed: 's', opponents: [] };

let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function proposer(script: Reply[], opts: Partial<ConstructorParameters<typeof LlmProposer>[0]> = {}) {
  fake = await startFakeOpenAI(script);
  return new LlmProposer({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'test-model', temperature: 0.7, settings, timeoutMs: 2000, maxRetries: 2, ...opts });
}

describe('LLM proposer against a local OpenAI-compatible server', () => {
  it('turns a good reply into a warrior and counts tokens', async () => {
    const p = await proposer([{ content: `Here you go.\n${GOOD}\nIt bombs every 4th cell.`, promptTokens: 321, completionTokens: 45 }]);
    const r = await p.propose(newTask);
    expect(assemble(r.source, { settings }).warrior?.name).toBe('Good Dwarf');
    expect(r.how).toBe('llm');
    expect(p.usage).toEqual({ prompt: 321, completion: 45 });
    expect(fake!.requests[0].model).toBe('test-model');
    expect(fake!.requests[0].messages[0].content).toMatch(/core size 8000/);
    expect(fake!.requests[0].headers.authorization).toBe('Bearer sk-test');
  });

  it('reports a reply with no code', async () => {
    const p = await proposer([{ content: 'I would rather talk about chess.' }]);
    const r = await p.propose(newTask);
    expect(r.source).toBe('');
    expect(r.how).toMatch(/no Redcode/);
  });

  it('asks once for a repair that quotes the assembler errors', async () => {
    const p = await proposer([{ content: BAD }, { content: GOOD }]);
    const r = await p.propose(newTask);
    expect(r.how).toBe('llm + repair');
    expect(assemble(r.source, { settings }).ok).toBe(true);
    const repair = fake!.requests[1].messages;
    expect(repair.at(-2)?.role).toBe('assistant');
    expect(repair.at(-1)?.content).toMatch(/undefined symbol 'nowhere'/);
    expect(repair.at(-1)?.content).toMatch(/line 3, column/);
    expect(r.exchanges).toHaveLength(2);
  });

  it('retries a 429 and succeeds', async () => {
    const p = await proposer([{ status: 429, retryAfterMs: 10 }, { content: GOOD }]);
    const r = await p.propose(newTask);
    expect(assemble(r.source, { settings }).ok).toBe(true);
    expect(fake!.requests).toHaveLength(2);
  });

  it('gives up after repeated 500s with an error the loop can record', async () => {
    const p = await proposer([{ status: 500, retryAfterMs: 10 }, { status: 500, retryAfterMs: 10 }, { status: 500, retryAfterMs: 10 }, { content: GOOD }]);
    await expect(p.propose(newTask)).rejects.toThrow(/500/);
    expect(fake!.requests).toHaveLength(3);
  });

  it('retries a request that hangs past the timeout', async () => {
    const p = await proposer([{ hang: true }, { content: GOOD }], { timeoutMs: 300 });
    const t0 = Date.now();
    const r = await p.propose(newTask);
    expect(assemble(r.source, { settings }).ok).toBe(true);
    expect(fake!.requests).toHaveLength(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
  });

  it('reports its budget as exhausted', async () => {
    const p = await proposer([{ content: GOOD, promptTokens: 600, completionTokens: 500 }], { maxTokens: 1000 });
    expect(p.exhausted()).toBeNull();
    await p.propose(newTask);
    expect(p.exhausted()).toMatch(/max-tokens/);
  });
});

describe('an evolve run with the LLM proposer', () => {
  it('stops cleanly at --max-calls and never writes the API key', async () => {
    fake = await startFakeOpenAI([], { content: GOOD });
    const out = mkdtempSync(join(tmpdir(), 'rq-llm-'));
    writeFileSync(join(out, 'w0.red'), ';name Seed\n;assert 1\nmov 0, 1\n');
    try {
      const run = await runCli([
        'evolve', '--hill', 'tiny', '--proposer', 'llm', '--rounds', '3', '--iters', '20', '--placements', '2',
        '--max-calls', '5', '--out', join(out, 'run'), '--initial', join(out, 'w0.red'), '--quiet', '--model', 'fake-1',
      ], { OPENAI_API_KEY: 'sk-SECRET-never-written', OPENAI_BASE_URL: fake.baseURL });
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Stopped: --max-calls 5 reached/);
      expect(run.stdout).toMatch(/LLM use: 5 calls/);
      expect(fake.requests).toHaveLength(5);
      const events = readFileSync(join(out, 'run', 'events.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(events.at(-1)).toMatchObject({ type: 'stopped', reason: '--max-calls 5 reached' });
      const llmEvents = events.filter((e) => e.type === 'evaluation' && e.kind !== 'lineage');
      expect(llmEvents[0].exchanges[0].reply).toContain('Good Dwarf');
      for (const f of ['run.json', 'events.jsonl', ...readdirSync(join(out, 'run', 'lineage')).map((l) => join('lineage', l))]) {
        expect(readFileSync(join(out, 'run', f), 'utf8')).not.toContain('SECRET');
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
