/** The Wikipedia address of an article, from its title (spaces become underscores; slashes stay, as Wikipedia writes them). */
export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.trim().replaceAll(' ', '_')).replaceAll('%2F', '/')}`;
}
