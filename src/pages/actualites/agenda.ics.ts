import type { APIRoute } from 'astro';
import { calendarFile, getUpcomingEvents } from '../../data/news.ts';

/** /actualites/agenda.ics: every upcoming event, for a calendar app. */
export const GET: APIRoute = async ({ site }) => calendarFile(await getUpcomingEvents(), site!);
