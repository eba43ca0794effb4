// What the Worker's bundle holds in place of zod's locales (wrangler.jsonc `alias`): nothing. zod
// exports its 40-odd languages as `z.locales` (and `core.locales`) from `../locales/index.js`; the API
// never asks for one, and zod's English messages come from `../locales/en.js`, which stays.
export {};
