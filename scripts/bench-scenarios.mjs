// App-specific benchmark scenarios; each prints its own median figures.
import { pyramidBench } from "./bench-pyramid.mjs";
import { sessionsBench } from "./bench-sessions.mjs";

/** Runs every scenario against the served app. */
export async function appScenarios(opts) {
  await sessionsBench(opts);
  await pyramidBench(opts);
}
