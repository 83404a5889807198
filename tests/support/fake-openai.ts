// A real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions API, scripted per request,
// so the LLM proposer is tested through the real openai SDK and a real socket (no mocked module).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply =
  | { content: string; promptTokens?: number; completionTokens?: number }
  | { status: number; body?: string; retryAfterMs?: number }
  | { hang: true };

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  headers: IncomingMessage['headers'];
}

export interface FakeOpenAI {
  baseURL: string;
  requests: ChatRequest[];
  /** Replies in order; when they run out, `fallback` answers. */
  script: Reply[];
  fallback: Reply;
  close(): Promise<void>;
}

export async function startFakeOpenAI(script: Reply[] = [], fallback: Reply = { content: 'no more replies scripted' }): Promise<FakeOpenAI> {
  const hanging = new Set<ServerResponse>();
  const fake: FakeOpenAI = { baseURL: '', requests: [], script, fallback, close: async () => {} };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      const parsed = JSON.parse(body) as { model: string; messages: ChatRequest['messages'] };
      fake.requests.push({ model: parsed.model, messages: parsed.messages, headers: req.headers });
      const reply = fake.script.shift() ?? fake.fallback;
      if ('hang' in reply) {
        hanging.add(res);
        return;
      }
      if ('status' in reply) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (reply.retryAfterMs !== undefined) headers['retry-after-ms'] = String(reply.retryAfterMs);
        res.writeHead(reply.status, headers).end(reply.body ?? JSON.stringify({ error: { message: `status ${reply.status}` } }));
        return;
      }
      const prompt = reply.promptTokens ?? 100;
      const completion = reply.completionTokens ?? 50;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        id: `chatcmpl-${fake.requests.length}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: parsed.model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: reply.content } }],
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
      }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.baseURL = `http://127.0.0.1:${port}/v1`;
  fake.close = () => new Promise<void>((resolve) => {
    for (const r of hanging) r.destroy();
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return fake;
}
