// Drives @novu/api's integrations API against a stub: node integrations.mjs URL KEY CONTRACT_ONLY.
// Prints one JSON line per step ({step, ok, ...}); the Python test reads them.
import { Novu } from "@novu/api";

const [url, key, contractOnly] = process.argv.slice(2);
const novu = new Novu({ serverURL: url, secretKey: key, retryConfig: { strategy: "none" } });
const report = (step, fields) => console.log(JSON.stringify({ step, ...fields }));

async function attempt(step, run) {
  try {
    const value = await run();
    report(step, { ok: true, ...value });
  } catch (error) {
    report(step, { ok: false, error: error?.constructor?.name, status: error?.statusCode ?? null });
  }
}

let created;
await attempt("list", async () => ({ count: (await novu.integrations.list()).result.length }));
await attempt("create", async () => {
  created = (await novu.integrations.create({
    providerId: "sendgrid",
    channel: "email",
    credentials: { apiKey: "<fake>", from: "a@example.com" },
    active: true,
  })).result;
  return { id: created.id, primary: created.primary };
});
await attempt("create-without-credentials", async () => ({
  id: (await novu.integrations.create({ providerId: "fcm", channel: "push" })).result.id,
}));
await attempt("update", async () => ({
  name: (await novu.integrations.update({ name: "Mail" }, created.id)).result.name,
}));
await attempt("set-primary", async () => ({
  primary: (await novu.integrations.setAsPrimary(created.id)).result.primary,
}));
await attempt("list-active", async () => ({ count: (await novu.integrations.listActive()).result.length }));
await attempt("delete", async () => ({ count: (await novu.integrations.delete(created.id)).result.length }));
await attempt("wrong-key", async () => {
  const other = new Novu({ serverURL: url, secretKey: "wrong", retryConfig: { strategy: "none" } });
  return { count: (await other.integrations.list()).result.length };
});
