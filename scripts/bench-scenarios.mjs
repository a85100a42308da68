// App-specific benchmark scenarios; each prints its own median figures.
export async function appScenarios() {}
