/**
 * `npm run docs:screens`: what the action writes to GitHub, seen as people will see it. Renders the
 * issue comment (in progress, final, final with its details open), a task's pull request body and the
 * job summary from the realistic fixture run (`__tests__/support/report-fixtures.ts`) with a
 * GitHub-flavoured Markdown renderer (`marked`: tables, raw `<details>`, comment line breaks; Mermaid
 * stays a code block, which GitHub would draw), styles them with GitHub's Markdown CSS and screenshots
 * them in Chromium into `docs/screens/*.png`, which `docs/what-reviewers-see.md` shows.
 *
 * Needs Chromium at /usr/bin/chromium (or $CHROMIUM_PATH) and, for the status emoji, a colour emoji
 * font (Debian: fonts-noto-color-emoji). Compiled with the sources it imports into .docs-out/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Marked } from 'marked';
import { chromium } from 'playwright-core';
import {
  COMMENT_URL,
  inProgressRecords,
  LEAKED_SECRET,
  realisticPublications,
  realisticRun,
  REALISTIC_CONFLICTS,
  REALISTIC_PROMPTS,
  REPO_URL,
  RUN_LINK,
} from '../__tests__/support/report-fixtures.js';
import { renderFinalComment, renderProgressComment, renderPublications, renderPullBody, type SiblingPull } from '../src/github/render.js';
import { createRedactor, renderSummaryMarkdown } from '../src/report/index.js';

/** The repository root: this file runs from .docs-out/scripts/. */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT = path.join(ROOT, 'docs', 'screens');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Screen {
  /** File name without extension. */
  name: string;
  /** What the frame's header says, like GitHub's. */
  header: string;
  markdown: string;
  /** Issue and PR text turn single newlines into line breaks; Markdown files and job summaries do not. */
  breaks: boolean;
  width: number;
  /** Open every `<details>` before the screenshot. */
  open?: boolean;
}

function screens(): Screen[] {
  const redactor = createRedactor([LEAKED_SECRET]);
  const result = realisticRun();
  const publications = realisticPublications();
  const ctx = { description: "label 'fanout' added to issue #42", errors: [], link: RUN_LINK, runId: result.run.id, redactor };
  const { records, now } = inProgressRecords();
  const progress = renderProgressComment({ ...ctx, records, now });
  const final = renderFinalComment({ ...ctx, result, publications, conflicts: REALISTIC_CONFLICTS });
  const siblings: SiblingPull[] = publications.flatMap((p) => (p.pr ? [{ taskId: p.taskId, title: p.title, number: p.pr.number, url: p.pr.url }] : []));
  const record = result.tasks[0];
  const body = renderPullBody({
    record,
    prompt: REALISTIC_PROMPTS[record.id],
    issue: 42,
    runId: result.run.id,
    link: RUN_LINK,
    runCommentUrl: COMMENT_URL,
    promptUrl: `${REPO_URL}/blob/${result.run.baseCommit}/${record.file}`,
    siblings,
    conflicts: REALISTIC_CONFLICTS,
    redactor,
  });
  const prLinks = Object.fromEntries(siblings.map((s) => [s.taskId, s.url]));
  const summary = redactor.text(
    `${renderSummaryMarkdown(redactor.deep(result), { prLinks, conflicts: REALISTIC_CONFLICTS })}\n${renderPublications(publications)}`,
  );
  const bot = '<b>github-actions</b> <span class="bot">bot</span>';
  return [
    { name: 'issue-comment-progress', header: `${bot} commented · while the run is going (edited in place)`, markdown: progress, breaks: true, width: 920 },
    { name: 'issue-comment-final', header: `${bot} commented · the same comment when the run is over`, markdown: final, breaks: true, width: 920 },
    { name: 'issue-comment-final-details', header: `${bot} commented · its details opened`, markdown: final, breaks: true, width: 920, open: true },
    { name: 'pull-request-body', header: `${bot} opened pull request #57 · Add a login form`, markdown: body, breaks: true, width: 920 },
    { name: 'job-summary', header: 'fanout summary · the workflow run’s Summary page', markdown: summary, breaks: false, width: 1200 },
  ];
}

/** Mermaid stays a code block here; a caption says GitHub draws it. */
function toHtml(markdown: string, breaks: boolean): string {
  const marked = new Marked({ gfm: true, breaks });
  marked.use({
    renderer: {
      code({ text, lang }) {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const caption = lang === 'mermaid' ? '<div class="caption">Mermaid: GitHub draws this block as a Gantt chart</div>' : '';
        return `${caption}<pre><code class="language-${lang ?? 'text'}">${escaped}</code></pre>\n`;
      },
    },
  });
  return marked.parse(markdown.replace(/^<!-- agent-fanout:[\w:-]+ -->\n/, ''), { async: false });
}

function page(screen: Screen, css: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; padding: 16px; background: #ffffff; font-family: -apple-system, "Segoe UI", "Liberation Sans", "DejaVu Sans", sans-serif, "Noto Color Emoji"; }
.frame { width: ${screen.width}px; border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
.frame > header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font-size: 14px; color: #656d76; }
.frame > header b { color: #1f2328; }
.bot { border: 1px solid #d0d7de; border-radius: 2em; padding: 0 6px; font-size: 12px; margin-right: 4px; }
.markdown-body { padding: 16px; font-family: inherit; }
.markdown-body code, .markdown-body pre { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace, "Noto Color Emoji"; }
.caption { font-size: 12px; color: #656d76; margin-bottom: 4px; }
</style></head><body><div class="frame"><header>${screen.header}</header><article class="markdown-body">${toHtml(screen.markdown, screen.breaks)}</article></div></body></html>`;
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`docs:screens: Chromium not found at ${CHROMIUM}; set CHROMIUM_PATH`);
  try {
    if (!/emoji/i.test(execFileSync('fc-list', { encoding: 'utf8' }))) {
      console.warn('docs:screens: no colour emoji font found (Debian: fonts-noto-color-emoji): status emoji will not show');
    }
  } catch {
    // No fontconfig: nothing to check with.
  }
  const css = fs.readFileSync(path.join(ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8');
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    for (const screen of screens()) {
      await tab.setContent(page(screen, css), { waitUntil: 'load' });
      if (screen.open) await tab.evaluate("document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))");
      const file = path.join(OUT, `${screen.name}.png`);
      await tab.locator('.frame').screenshot({ path: file });
      console.log(`${path.relative(ROOT, file)}: ${screen.markdown.length.toLocaleString('en-US')} characters of Markdown`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
