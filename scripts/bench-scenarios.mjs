// App-specific benchmark scenarios; each prints its own median figures.
import { pyramidBench } from "./bench-pyramid.mjs";
import { sessionsBench } from "./bench-sessions.mjs";

/** Runs every scenario against the served app; `emptyStartMs` is the empty start's time to
 *  interactive, which the home with 500 sessions is held against. */
export async function appScenarios(opts) {
  await sessionsBench(opts);
  await pyramidBench(opts);
}
