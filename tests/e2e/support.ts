// Shared e2e plumbing: one production build per test run, served by the `redqueen view` server, and
// Debian's Chromium driven by playwright-core. A missing Chromium is a failure, never a skip.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { buildViewer, startViewServer } from '../../src/cli/commands/view.ts';
import type { ViewServer } from '../../src/cli/commands/view.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let built: Promise<string> | null = null;

/** Builds the viewer once per process into a temporary folder (dist/ is left alone). */
export function buildOnce(): Promise<string> {
  built ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rq-viewer-')), 'dist');
    await buildViewer(out);
    return out;
  })();
  return built;
}

export async function serve(run?: string, isolate = true): Promise<ViewServer> {
  return startViewServer({ dist: await buildOnce(), run, port: 0, isolate });
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium; .ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
  });
}

/** A page that records console errors, page errors and dialogs. */
export async function openPage(browser: Browser, url: string, size = { width: 1100, height: 800 }): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: size });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60_000 });
  return { page, errors, dialogs };
}
