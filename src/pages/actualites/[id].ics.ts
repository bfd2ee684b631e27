import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile, getUpcomingEvents } from '../../data/news.ts';
import type { NewsItem } from '../../data/stories.ts';

/** /actualites/<id>.ics: one calendar file per upcoming event. */
export const getStaticPaths = (async () => {
  const events = await getUpcomingEvents();
  return events.map((item) => ({ params: { id: item.id }, props: { item } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => calendarFile([(props as { item: NewsItem }).item], site!);
