// GraphiQL in headless Chromium with the network closed: the page must render and run a query.
// Every request that is not to the app on loopback is aborted and reported as a failure.
import { chromium } from "playwright-core";

const base = process.argv[2];
if (!base) {
  console.error("usage: node graphiql.mjs http://127.0.0.1:PORT");
  process.exit(2);
}
const origin = new URL(base).origin;
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const blocked = [];
const pageErrors = [];
let ok = false;
try {
  const context = await browser.newContext();
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url === origin) return route.continue();
    if (url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  // Console errors include Content-Security-Policy violations and failed loads.
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`console: ${message.text()}`);
  });
  await page.goto(`${origin}/graphql`, { waitUntil: "load", timeout: 20000 });
  await page.waitForSelector(".graphiql-execute-button", { timeout: 20000 });
  await page.waitForSelector(".graphiql-query-editor .CodeMirror", { timeout: 20000 });
  // Type the query as a person would (GraphiQL tracks the operation name from editor changes).
  await page.click(".graphiql-query-editor .CodeMirror");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type("{ __typename ");
  await page.waitForTimeout(300);
  await page.click(".graphiql-execute-button");
  // Poll with evaluate (waitForFunction would need 'unsafe-eval', which the page's CSP rightly refuses).
  let text = "";
  for (let i = 0; i < 100 && !text.includes('"__typename"'); i += 1) {
    await page.waitForTimeout(200);
    text = await page.evaluate(() => {
      const el = document.querySelector(".graphiql-response .CodeMirror");
      return el && el.CodeMirror ? el.CodeMirror.getValue() : "";
    });
  }
  ok = JSON.parse(text).data.__typename === "Query";
  console.log(`GraphiQL ran { __typename } and showed: ${text.replace(/\s+/g, " ")}`);
} catch (error) {
  console.error(`GraphiQL check failed: ${error}`);
} finally {
  await browser.close();
}
if (blocked.length) console.error(`requests outside the app (blocked): ${blocked.join(", ")}`);
if (pageErrors.length) console.error(`page errors: ${pageErrors.join(" | ")}`);
process.exit(ok && blocked.length === 0 && pageErrors.length === 0 ? 0 : 1);
