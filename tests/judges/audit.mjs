// The graphql-http audit (https://github.com/graphql/graphql-http): every MUST must pass.
import { serverAudits } from "graphql-http";

const url = process.argv[2];
if (!url) {
  console.error("usage: node audit.mjs http://127.0.0.1:PORT/graphql");
  process.exit(2);
}
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  results.push({ audit, result: await audit.fn() });
}
let mustFailures = 0;
const counts = { ok: 0, warn: 0, error: 0 };
for (const { audit, result } of results) {
  counts[result.status] += 1;
  if (result.status === "ok") continue;
  const must = audit.name.startsWith("MUST");
  if (must) mustFailures += 1;
  console.log(`${must ? "FAIL" : "note"} [${result.status}] ${audit.name}: ${result.reason}`);
}
console.log(`graphql-http audit: ${counts.ok} ok, ${counts.warn} warnings, ${counts.error} errors; ${mustFailures} MUST failures`);
process.exit(mustFailures === 0 ? 0 : 1);
