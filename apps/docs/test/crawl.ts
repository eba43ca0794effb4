import { parseHTML } from 'linkedom';

export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

/** The ids a page defines and the URLs it links to or loads (href and src), as written. */
export function pageLinks(html: string): PageLinks {
  const { document } = parseHTML(html);
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');
  const links: string[] = [];
  for (const element of document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
    const value = element.getAttribute('href') ?? element.getAttribute('src');
    if (value) links.push(value);
  }
  return { ids, links };
}

export interface BrokenLink {
  from: string;
  to: string;
  reason: string;
}

/**
 * Follows every internal link from the start pages, breadth first, and reports the ones that do not resolve:
 * a page that does not answer 200, or a #fragment that names no element on its target page; and the HTML of
 * every page it reached, by path.
 */
export async function crawl(
  origin: string,
  start: string[],
  limit = 2000,
): Promise<{ pages: number; broken: BrokenLink[]; html: Map<string, string> }> {
  const pages = new Map<string, Promise<{ status: number; type: string; body: string }>>();
  const load = (path: string) => {
    let loaded = pages.get(path);
    if (loaded === undefined) {
      loaded = fetch(new URL(path, origin), { redirect: 'manual' }).then(async (response) => ({
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        body: response.headers.get('content-type')?.startsWith('text/html') ? await response.text() : '',
      }));
      pages.set(path, loaded);
    }
    return loaded;
  };

  const parsed = new Map<string, PageLinks>();
  const linksOf = (path: string, body: string) => {
    let found = parsed.get(path);
    if (found === undefined) {
      found = pageLinks(body);
      parsed.set(path, found);
    }
    return found;
  };

  const broken: BrokenLink[] = [];
  const html = new Map<string, string>();
  const queue = [...start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    if (seen.size > limit) throw new Error(`crawl: more than ${limit} pages; is a link generating new URLs?`);
    const path = queue.shift() as string;
    const page = await load(path);
    if (!page.type.startsWith('text/html')) continue;
    html.set(path, page.body);
    const { links } = linksOf(path, page.body);
    for (const link of links) {
      const url = new URL(link, new URL(path, origin));
      if (url.origin !== origin) continue;
      const target = url.pathname;
      const response = await load(target);
      if (response.status !== 200) {
        broken.push({ from: path, to: link, reason: `status ${response.status}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (
        fragment !== '' &&
        response.type.startsWith('text/html') &&
        !linksOf(target, response.body).ids.has(fragment)
      ) {
        broken.push({ from: path, to: link, reason: `no element with id "${fragment}"` });
      }
      if (!seen.has(target) && response.type.startsWith('text/html')) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { pages: seen.size, broken, html };
}
