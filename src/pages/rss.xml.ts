import type { APIRoute } from 'astro';
import { newsFeed } from '../data/news.ts';

export const GET: APIRoute = ({ site }) => newsFeed('fr', site!);
