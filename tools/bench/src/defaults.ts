/** What `npm run bench` runs without options; the report states them. */
export const DEFAULT_SIZES = [10, 1000, 10_000];
export const QUICK_SIZES = [10, 1000];
export const DEFAULT_CELL_SECONDS = 3;
