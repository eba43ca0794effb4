// The API over the bundled data package: loaded by the Worker on its first request that needs it.
import { createApp } from './app.js';
import { bundledStore } from './store/bundled-store.js';

export const app = createApp(bundledStore);

export type App = typeof app;
