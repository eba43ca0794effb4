import { describe, expect, it } from 'vitest';
import { problemsIndexPath, problemViews } from './problems.js';

describe('problemViews', () => {
  it("gives each problem type a page whose path is the problem's own `type`", () => {
    const views = problemViews();
    expect(views.length).toBeGreaterThan(0);
    for (const view of views) {
      expect(view.type).toBe(`${problemsIndexPath}${view.kind}/`);
      expect(view.status).toBeGreaterThanOrEqual(400);
      expect(view.when.length).toBeGreaterThan(0);
    }
    expect(views.map((view) => view.kind)).toContain('not-found');
  });
});
