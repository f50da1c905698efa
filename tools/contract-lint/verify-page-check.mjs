// Opens a letter's public verification page (/v/{code}) as a phone would, in Debian's headless Chromium
// (never a downloaded browser), at 360x640, and runs axe-core on it. Prints one JSON line with what it saw:
// status, title, heading, text, script elements, page width, requests to other origins, CSP violations
// and the axe violations (id, impact, nodes).
// Usage: node verify-page-check.mjs <pageUrl> <screenshot.png>
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [pageUrl, screenshot] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'pilar-verify-page-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  javaScriptEnabled: true, // for axe only: the page itself has no script
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const seen = { requests: [], foreignRequests: [], cspViolations: [] };
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  const origin = new URL(pageUrl).origin;
  page.on('request', r => {
    seen.requests.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) seen.foreignRequests.push(r.url());
  });
  page.on('console', m => { if (/Content Security Policy/i.test(m.text())) seen.cspViolations.push(m.text()); });
  const response = await page.goto(pageUrl, { waitUntil: 'load' });
  seen.status = response.status();
  seen.csp = response.headers()['content-security-policy'];
  seen.title = await page.title();
  seen.h1 = (await page.textContent('h1')).trim();
  seen.text = (await page.innerText('body')).replace(/\s+/g, ' ').trim();
  seen.scripts = await page.$$eval('script', s => s.length);
  seen.scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  seen.styled = await page.evaluate(() => getComputedStyle(document.querySelector('header')).backgroundColor);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  seen.violations = axe.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  seen.passes = axe.passes.length;
  await page.screenshot({ path: screenshot, fullPage: true });
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(seen));
