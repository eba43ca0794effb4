// Types `exports` from `cloudflare:workers` in the tests: the main module is the Worker's entry.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../index.js');
  }
  interface Env {
    /** The D1 database of the `d1` test project, whose Worker is src/d1-worker.ts (wrangler.jsonc `env.d1`). */
    DB: D1Database;
  }
}

// Vite's raw imports (`file?raw`): the tests read source documents of the data package as text.
declare module '*?raw' {
  const text: string;
  export default text;
}
