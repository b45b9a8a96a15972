// Loads the published reviewer's page in headless Chromium, drops the sample report (and then two copies of it),
// and checks what a reviewer sees: the rates table, the findings, highlighted spans, a number's reading, the
// summary table with pooled rates — and that the page makes no network request after loading.
//
// Environment: REVIEW_SITE (the published wwwroot folder), CHROMIUM (default /usr/bin/chromium),
// SCREENSHOT_DIR (default ../../artifacts).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const site = path.resolve(process.env.REVIEW_SITE ?? path.join(root, "artifacts/review/wwwroot"));
const sample = path.join(root, "src/RuleOfLaw.Domain.Testing/Samples/district-report-2020.txt");
const screenshots = path.resolve(process.env.SCREENSHOT_DIR ?? path.join(root, "artifacts"));

let server;
let browser;
let page;
let origin;
const outside = [];
let loaded = false;
const afterLoad = [];

function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", site], { stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => reject(new Error("python3 -m http.server did not start within 20 s")), 20000);
    server.stdout.on("data", (chunk) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    server.stderr.resume();
    server.on("exit", (code) => reject(new Error(`http.server exited with ${code}`)));
  });
}

before(async () => {
  origin = await startServer();
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"],
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 1000 });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      outside.push(url);
    }
    if (loaded && !url.startsWith("data:") && !url.startsWith("blob:")) {
      afterLoad.push(url);
    }
  });
  page.on("pageerror", (error) => console.error("page error:", error.message));
  const start = Date.now();
  await page.goto(origin + "/", { waitUntil: "networkidle0", timeout: 120000 });
  await page.waitForSelector("#file-input", { timeout: 120000 });
  loaded = true;
  console.log(`page ready after ${Date.now() - start} ms`);
});

after(async () => {
  await browser?.close();
  server?.kill();
});

const texts = (selector) => page.$$eval(selector, (elements) => elements.map((e) => e.textContent.replace(/\s+/g, " ").trim()));

test("the page says it makes no network calls", async () => {
  const privacy = await page.$eval("#privacy", (e) => e.textContent);
  assert.match(privacy, /不上传/);
  assert.match(privacy, /不再发起任何网络请求/);
});

test("the rule-set list is the library's profiles: national first, strict, then the overlays", async () => {
  const keys = await page.$$eval("#rule-set option", (options) => options.map((o) => o.value));
  assert.deepEqual(keys.slice(0, 2), ["national", "strict"]);
  assert.ok(keys.includes("department-submission-deadline"), "no overlay profile in: " + keys.join(", "));
  assert.equal(new Set(keys).size, keys.length);
});

test("dropping the sample shows its rates, findings and highlighted spans", async () => {
  const input = await page.$("#file-input");
  const start = Date.now();
  await input.uploadFile(sample);
  await page.waitForSelector("#findings-list", { timeout: 30000 });
  console.log(`drop to findings: ${Date.now() - start} ms`);
  console.log("status:", await page.$eval("#status", (e) => e.textContent));

  // Rates table: 2 of 11 printed 18.2% agrees with the counts; every rate the reader found is a row.
  const rows = await texts("#rates-table tbody tr");
  assert.ok(rows.length >= 5, `expected the sample's rates, got ${rows.length} rows`);
  const correction = rows.find((row) => row.includes("18.2%"));
  assert.ok(correction, "no rate row prints 18.2%:\n" + rows.join("\n"));
  assert.match(correction, / 2 11 18\.2% 18\.2% 一致/);
  assert.match(correction, /2\/11 = 18\.1818%，按四舍五入或四舍六入五成双得18\.2。/, "the rate check's own explanation, in Chinese");
  assert.match(correction, /四舍五入/);

  // Findings: the shortcoming without a cause (warning) and the merged parts (info), with their codes.
  const codes = await page.$$eval("#findings-list li", (items) => items.map((li) => li.dataset.code));
  assert.ok(codes.includes("ROL0008"), "findings: " + codes.join(", "));
  assert.ok(codes.includes("ROL0017"), "findings: " + codes.join(", "));
  const warning = await page.$eval('#findings-list li[data-code="ROL0008"]', (li) => li.className + " " + li.textContent);
  assert.match(warning, /sev-warning/);
  assert.match(warning, /▲/, "a warning carries a mark besides its colour");

  // The text: the printed rate is highlighted at its span.
  const rate = await page.$$eval("#report-text span.hl", (spans) => spans.filter((s) => s.textContent === "18.2%").map((s) => s.className));
  assert.ok(rate.length >= 1, "18.2% is not highlighted");
  assert.ok(rate.some((c) => c.includes("hl-rate")), "18.2% is highlighted, but not as a rate: " + rate.join("; "));

  // Everything written about the sample is Chinese: findings, reading notes, rates, header and parts; codes and the file's name stay.
  for (const selector of ["#findings", "#notes", "#rates", "#header", "#parts"]) {
    const shown = (await texts(selector)).join(" ").replaceAll(path.basename(sample), " "); // the file's own name is the user's
    assert.ok(shown.length > 0, `${selector} is empty`);
    const english = [...new Set(shown.replace(/\bROLT?\d{3,4}\b/g, " ").match(/[A-Za-z]{4,}/g) ?? [])];
    assert.deepEqual(english, [], `${selector} shows English words: ${english.join(", ")}`);
  }

  // Clicking the finding marks its place in the text.
  await page.click('#findings-list li[data-code="ROL0008"]');
  await page.waitForSelector("#report-text span.hl.selected", { timeout: 5000 });
  const selected = (await texts("#report-text span.hl.selected")).join("");
  assert.match(selected, /2020年,坪山区法治政府建设工作取得了一些成绩/);

  // Clicking a number shows how it was read.
  const clicked = await page.$$eval("#report-text span.hl", (spans) => {
    const amount = spans.find((s) => s.textContent === "497.6万元");
    amount?.click();
    return amount !== undefined;
  });
  assert.ok(clicked, "497.6万元 is not highlighted");
  await page.waitForSelector("#mark-detail", { timeout: 5000 });
  const detail = await page.$eval("#mark-detail", (e) => e.textContent.replace(/\s+/g, " "));
  assert.match(detail, /数值\s*497\.6/);
  assert.match(detail, /数量级词\s*万/);
  assert.match(detail, /单位\s*元/);

  mkdirSync(screenshots, { recursive: true });
  await page.click('#findings-list li[data-code="ROL0008"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, "review-page.png") });
});

test("several files give a sortable summary table and pooled rates", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "rol-review-"));
  const first = path.join(folder, "a-district.txt");
  const second = path.join(folder, "b-district.txt");
  copyFileSync(sample, first);
  copyFileSync(sample, second);
  const input = await page.$("#file-input");
  await input.uploadFile(first, second);
  await page.waitForSelector("#summary-table", { timeout: 30000 });
  const rows = await texts("#summary-table tbody tr");
  assert.equal(rows.length, 2, rows.join("\n"));
  assert.match(rows[0], /^a-district\.txt/);

  // The table starts sorted by file name; a click on that column reverses it, a second click restores it.
  await page.click("#summary-table th:first-child");
  assert.match((await texts("#summary-table tbody tr"))[0], /^b-district\.txt/, "a click sorts descending");
  await page.click("#summary-table th:first-child");
  assert.match((await texts("#summary-table tbody tr"))[0], /^a-district\.txt/, "a second click sorts ascending");

  // Two copies pool to twice the counts: 4 of 22, from 2 reports.
  const pooled = await page.$$eval("#pooled-rates tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim()).join("|")));
  assert.ok(pooled.some((row) => /\|4\|22\|18\.18%\|2$/.test(row)), "pooled rates:\n" + pooled.join("\n"));
  await page.screenshot({ path: path.join(screenshots, "review-summary.png"), fullPage: false });
});

test("no request left this machine, and none was made after loading", () => {
  assert.deepEqual(outside, []);
  assert.deepEqual(afterLoad, []);
});
