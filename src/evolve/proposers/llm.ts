// The LLM proposer: any OpenAI-compatible chat-completions endpoint through the openai SDK. One repair
// request quotes the assembler's errors; the SDK retries timeouts, 429 and 5xx with back-off; budget caps
// (calls, tokens, minutes) end the run cleanly rather than mid-request.
import OpenAI from 'openai';
import type { Settings } from '../../mars/settings.ts';
import { assemble } from '../../redcode/index.ts';
import type { Candidate } from '../candidate.ts';
import { renderPrompt } from '../prompts/index.ts';
import { extractRedcode } from './extract.ts';
import type { BattleFeedback, Proposal, ProposalRequest, Proposer, TokenUsage } from './proposer.ts';

export interface LlmOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  temperature: number;
  settings: Settings;
  /** Per-request timeout in ms; the SDK retries a timed-out request. */
  timeoutMs?: number;
  maxRetries?: number;
  maxCalls?: number;
  maxTokens?: number;
  /** Wall-clock deadline (ms since epoch) after which no new call starts. */
  deadline?: number;
}

type Message = { role: 'system' | 'user' | 'assistant'; content: string };

export class LlmProposer implements Proposer {
  readonly kind = 'llm' as const;
  private readonly client: OpenAI;
  private readonly system: string;
  calls = 0;
  readonly usage: TokenUsage = { prompt: 0, completion: 0 };

  constructor(private readonly opts: LlmOptions) {
    this.client = new OpenAI({
      apiKey: opts.apiKey,
      baseURL: opts.baseURL,
      timeout: opts.timeoutMs ?? 120_000,
      maxRetries: opts.maxRetries ?? 4,
    });
    const s = opts.settings;
    this.system = renderPrompt('system', {
      coreSize: s.coreSize, maxCycles: s.maxCycles, maxLength: s.maxLength, maxProcesses: s.maxProcesses,
      minDistance: s.minDistance, pSpaceSize: s.pSpaceSize,
    });
  }

  exhausted(): string | null {
    const o = this.opts;
    if (o.maxCalls !== undefined && this.calls >= o.maxCalls) return `--max-calls ${o.maxCalls} reached`;
    if (o.maxTokens !== undefined && this.usage.prompt + this.usage.completion >= o.maxTokens) return `--max-tokens ${o.maxTokens} reached`;
    if (o.deadline !== undefined && Date.now() >= o.deadline) return '--max-minutes reached';
    return null;
  }

  async propose(req: ProposalRequest): Promise<Proposal> {
    const messages: Message[] = [{ role: 'system', content: this.system }, { role: 'user', content: this.taskPrompt(req) }];
    const exchanges: Proposal['exchanges'] = [];
    const usage: TokenUsage = { prompt: 0, completion: 0 };
    let reply = await this.call(messages, usage);
    exchanges.push({ prompt: messages[1].content, reply });
    let source = extractRedcode(reply);
    if (source === null) return { source: '', how: 'llm: reply held no Redcode', exchanges, usage };
    const check = assemble(source, { settings: this.opts.settings, file: 'reply.red' });
    if (check.ok || this.exhausted()) return { source, how: 'llm', exchanges, usage };

    const errors = check.errors.slice(0, 10).map((e) => `line ${e.line}, column ${e.column}: ${e.message}`).join('\n');
    const repair = renderPrompt('repair', { errors });
    messages.push({ role: 'assistant', content: reply }, { role: 'user', content: repair });
    reply = await this.call(messages, usage);
    exchanges.push({ prompt: repair, reply });
    source = extractRedcode(reply);
    return { source: source ?? '', how: source ? 'llm + repair' : 'llm + repair: reply held no Redcode', exchanges, usage };
  }

  private async call(messages: Message[], usage: TokenUsage): Promise<string> {
    this.calls++;
    const res = await this.client.chat.completions.create({
      model: this.opts.model,
      temperature: this.opts.temperature,
      messages,
    });
    const u = res.usage;
    if (u) {
      usage.prompt += u.prompt_tokens;
      usage.completion += u.completion_tokens;
      this.usage.prompt += u.prompt_tokens;
      this.usage.completion += u.completion_tokens;
    }
    return res.choices[0]?.message?.content ?? '';
  }

  private taskPrompt(req: ProposalRequest): string {
    const opponents = describeOpponents(req.opponents);
    if (req.task === 'new') return renderPrompt('new', { opponents });
    const feedback = req.feedback ? renderPrompt('feedback', { results: describeFeedback(req.feedback) }) : '';
    return renderPrompt('mutate', {
      parent: req.parent.source.trimEnd(),
      fitness: req.parentFitness.toFixed(3),
      opponents,
      feedback,
    });
  }
}

function describeOpponents(opponents: Candidate[]): string {
  return opponents.map((o) => `- ${o.name} (${o.warrior.code.length} instructions)`).join('\n') || '- (none yet)';
}

function describeFeedback(fb: BattleFeedback[]): string {
  return fb.map((f) => `- ${f.opponent}: outlived it in ${f.wins}, was outlived in ${f.losses}, even in ${f.ties} rounds`).join('\n') + '\n';
}
