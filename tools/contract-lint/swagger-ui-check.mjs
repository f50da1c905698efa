// Drives Swagger UI as a Dinas admin would, in Debian's headless Chromium (never a downloaded browser):
// opens /q/swagger-ui, logs in through "Try it out" on POST /api/v1/auth/token, authorizes with the bearer
// token, runs GET /api/v1/agenda and saves a screenshot. Prints one JSON line with what it saw.
// Usage: node swagger-ui-check.mjs <baseUrl> <username> <password> <screenshot.png>
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseUrl, username, password, screenshot] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'pilar-swagger-ui-'));
// A fresh profile every run (launchPersistentContext is how Playwright takes --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 2000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const seen = {};
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  await page.goto(`${baseUrl}/q/swagger-ui/`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.information-container .title');
  seen.pageTitle = await page.title();
  seen.apiTitle = (await page.textContent('.information-container .title')).trim();
  seen.tags = await page.$$eval('.opblock-tag-section h3 .nostyle span', spans => spans.map(s => s.textContent.trim()));

  const login = await tryItOut(page, '#operations-Autentikasi-login',
    JSON.stringify({ username, password }));
  seen.loginStatus = login.status;
  const token = JSON.parse(login.body).accessToken;
  await page.click('#operations-Autentikasi-login .opblock-summary-control'); // fold it away again

  await page.click('.scheme-container .btn.authorize');
  await page.fill('.modal-ux input[type=text]', token);
  await page.click('.modal-ux .auth-btn-wrapper .btn.authorize');
  await page.click('.modal-ux .btn-done');
  seen.authorized = await page.isVisible('.scheme-container .btn.authorize.locked');

  const agenda = await tryItOut(page, '#operations-Agenda-getAgenda');
  seen.agendaStatus = agenda.status;
  seen.agendaBody = agenda.body.slice(0, 200);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshot });
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(seen));

/** Opens an operation, "Try it out", optionally replaces the example body, "Execute"; returns the live answer. */
async function tryItOut(page, operation, body) {
  await page.click(`${operation} .opblock-summary-control`);
  await page.click(`${operation} .try-out__btn`);
  if (body !== undefined) {
    await page.fill(`${operation} textarea.body-param__text`, body);
  }
  await page.click(`${operation} .btn.execute`);
  const status = `${operation} .live-responses-table .response .response-col_status`;
  await page.waitForSelector(status);
  return {
    status: Number((await page.textContent(status)).trim().split(/\s/)[0]),
    body: (await page.textContent(`${operation} .live-responses-table .response-col_description pre.microlight`)).trim(),
  };
}
