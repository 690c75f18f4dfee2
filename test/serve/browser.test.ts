/**
 * `vanban serve` in a real headless Chromium (Debian's `chromium`, installed by .ci/run), driven by
 * puppeteer-core: the clerk's flow from issue #16. Open last month's notice, make next month's from it,
 * break a task and see the diagnostic beside it, fix it and see the preview change, clear the review
 * marks, save, download the DOCX (which `vanban lint` passes), and find on disk exactly the edit with
 * every comment kept. Screenshots of each screen go to a temporary folder removed afterwards; set
 * VANBAN_SERVE_SHOTS=<folder> to keep copies to look at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { lintDocx } from '../../src/lint/lint.js';
import { exampleText, makeWorkspace, REPO, type Workspace } from '../support/workspace.js';
import { tempFolder } from '../support/tempFolder.js';

const CHROMIUM = [process.env.VANBAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);
if (!CHROMIUM)
  console.warn(
    'test/serve/browser.test.ts skipped: no Chromium (apt-get install chromium, or set VANBAN_CHROMIUM). .ci/run installs it.',
  );

const FROM = 'data/2020-08-giao-ban.yaml';
const NEXT = 'data/2020-09-giao-ban.yaml';
const TASK = '#f-general_tasks-2';
const NEW_TASK = 'Treo cờ, bố trí lịch trực dịp Quốc khánh 2/9/2020.';

let ws: Workspace;
let server: RunningServer;
let browser: Browser;
let page: Page;
let shots: string;
let downloads: string;

async function shot(name: string): Promise<void> {
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  const keep = process.env.VANBAN_SERVE_SHOTS;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    copyFileSync(path, join(keep, `${name}.png`));
  }
}

async function textOf(selector: string): Promise<string> {
  return page.$eval(selector, (node) => node.textContent ?? '');
}

describe.skipIf(!CHROMIUM)('vanban serve in Chromium', () => {
  beforeAll(async () => {
    ws = makeWorkspace();
    ws.write(FROM, exampleText());
    shots = tempFolder('vanban-serve-shots-');
    downloads = tempFolder('vanban-serve-downloads-');
    const assets = tempFolder('vanban-serve-web-');
    execFileSync(process.execPath, [join(REPO, 'web', 'build.mjs'), assets]);
    server = await startServer({ workspace: ws.dir, port: 0, soffice: null, assetsDir: assets });
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      defaultViewport: { width: 1440, height: 960 },
    });
    page = await browser.newPage();
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    page.on('pageerror', (error) => {
      throw error;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens, makes next month, flags and fixes a task, previews, saves, downloads', async () => {
    await page.goto(server.url);
    await page.waitForSelector(`button.doc[data-path="${FROM}"]`);
    expect(await page.$eval('html', (html) => html.lang)).toBe('vi');
    await shot('01-list');

    await page.click(`button.doc[data-path="${FROM}"]`);
    await page.waitForSelector(TASK);
    await page.waitForSelector('.approx-frame');
    expect(await textOf('#diagnostics')).toContain('Không có lỗi nào');
    await shot('02-opened');

    // Next month's notice from last month's.
    await page.click('#next-month');
    await page.waitForFunction((path) => document.querySelector('.doc-path')?.textContent === path, {}, NEXT);
    await page.waitForSelector('.mark button.reviewed');
    await page.waitForFunction(() =>
      document.querySelector('#diagnostics')?.textContent?.includes('REVIEW_MARKERS_LEFT'),
    );
    const rolled = readFileSync(ws.path(NEXT), 'utf8');
    await shot('03-next-month');

    // A task emptied: the diagnostic appears beside it, with the code and message of `vanban check`.
    await page.click(TASK, { count: 3 });
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.waitForSelector(`${TASK}-diags .diag.error[data-code="VALUE_EMPTY"]`);
    expect(await page.$eval(TASK, (node) => node.getAttribute('aria-invalid'))).toBe('true');
    expect(await textOf(`${TASK}-diags`)).toContain('general_tasks[3]');
    await shot('04-diagnostic');

    // Fixed: the diagnostic goes and the preview shows the new words.
    await page.type(TASK, NEW_TASK);
    await page.waitForFunction(
      (text) => document.querySelector('.approx-frame')?.textContent?.includes(text),
      {},
      NEW_TASK,
    );
    expect(await page.$(`${TASK}-diags .diag`)).toBeNull();
    expect(await textOf('.preview-label.approx')).toContain('Bản xem gần đúng');
    await shot('05-fixed-preview');

    // The rolled meeting date is a Sunday: flagged beside the field, fixed by picking the Monday.
    expect(await textOf('#f-meeting-date-diags')).toContain('MEETING_ON_SUNDAY');
    await page.click('#f-meeting-date', { count: 3 });
    await page.keyboard.type('2020-09-28');
    await page.waitForFunction(() => !document.querySelector('#f-meeting-date-diags .diag'));

    // Every carried-over item reviewed: its "# XEM LẠI" line goes.
    const marks = await page.$$eval('.mark button.reviewed', (buttons) => buttons.length);
    expect(marks).toBeGreaterThan(5);
    for (let left = marks; left > 0; left--) {
      // In the page, in one step: the list is re-drawn as the checks come back.
      await page.$eval('.mark button.reviewed', (button) => (button as HTMLButtonElement).click());
      await page.waitForFunction(
        (n) => document.querySelectorAll('.mark button.reviewed').length === n - 1,
        {},
        left,
      );
    }

    // Save (Ctrl-S works too; the button is what a clerk clicks).
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#dirty')?.textContent === 'Đã lưu');
    await page.waitForFunction(() =>
      document.querySelector('#diagnostics')?.textContent?.includes('Không có lỗi nào'),
    );
    await shot('06-saved');
    const saved = readFileSync(ws.path(NEXT), 'utf8');
    expect(saved).toContain(`  - ${NEW_TASK}\n`);
    expect(saved).not.toMatch(/^\s*# XEM LẠI/m);
    // Only the edited lines and the mark lines changed; every other line, comments included, is as it was.
    const edits: Record<string, string> = {
      '  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.': `  - ${NEW_TASK}`,
      '  date: 2020-09-27': '  date: 2020-09-28',
    };
    const expected = rolled
      .split('\n')
      .filter((line) => !/^\s*# XEM LẠI/.test(line))
      .map((line) => edits[line] ?? line)
      .join('\n');
    expect(saved).toBe(expected);
    expect(saved).toContain('# Nhiệm vụ chung: mỗi nhiệm vụ một dòng');
    expect(saved).toContain('agency: so-khcn-quang-binh # hồ sơ cơ quan');

    // Download the DOCX: `vanban lint` passes it.
    await page.click('#download-docx');
    const docxName = '2020-09-giao-ban.docx';
    await page.waitForFunction(() =>
      document.querySelector('#status')?.textContent?.includes('2020-09-giao-ban.docx'),
    );
    const deadline = Date.now() + 10_000;
    while (!readdirSync(downloads).includes(docxName) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const docx = readFileSync(join(downloads, docxName));
    expect(lintDocx(docx).filter((f) => f.severity === 'error')).toEqual([]);

    // The same DOCX uploaded to the lint box.
    const input = await page.$('#lint-file');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(
      join(downloads, docxName),
    );
    await page.waitForFunction(() =>
      document.querySelector('#lint-results')?.textContent?.includes('2020-09-giao-ban.docx'),
    );
    await shot('07-lint');
  });

  it('shows the YAML beside the form, and offers reload or keep when the file changed on disk', async () => {
    await page.click('#toggle-yaml');
    await page.waitForSelector('#yaml-text');
    expect(await page.$eval('#yaml-text', (node) => (node as HTMLTextAreaElement).value)).toBe(
      readFileSync(ws.path(NEXT), 'utf8'),
    );
    await shot('08-yaml');

    const elsewhere = readFileSync(ws.path(NEXT), 'utf8').replace("time: '14:00'", "time: '09:30'");
    writeFileSync(ws.path(NEXT), elsewhere);
    await page.click('#f-meeting-place, #f-closing');
    await page.keyboard.type(' Xin cảm ơn.');
    await page.click('#save');
    await page.waitForSelector('dialog#conflict[open]');
    await shot('09-conflict');
    await page.click('#conflict-reload');
    await page.waitForFunction(() => !document.querySelector('dialog#conflict[open]'));
    await page.waitForFunction(
      () => (document.querySelector('#f-meeting-time') as HTMLInputElement | null)?.value === '09:30',
    );
    expect(readFileSync(ws.path(NEXT), 'utf8')).toBe(elsewhere);
  });

  it('speaks English on request', async () => {
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await textOf('#save')).toBe('Save');
    await shot('10-english');
    await page.click('#lang-toggle');
  });
});
