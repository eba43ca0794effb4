// The Worker: the API over the bundled data package. `export default` is what Workers call.
import { createWorker } from './worker.js';

/** The app's routes, parameters and responses, for `hc<AppType>()` from `hono/client`. */
export type AppType = import('./worker-app.js').App;

export default createWorker(() => import('./worker-app.js').then((module) => module.app));
