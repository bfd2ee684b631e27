/** What related-story ranking needs to know about a story. */
export interface RelatedCandidate {
  id: string;
  country: string;
  track?: string | undefined;
  kind: string;
  start: Date;
}

/**
 * Stories to read next: same country first, then same track, then same kind of stay; within a
 * group the most recent first. A story never relates to itself; at most `limit`.
 */
export function relatedStories<T extends RelatedCandidate>(story: RelatedCandidate, all: T[], limit = 3): T[] {
  const rank = (other: RelatedCandidate) => {
    if (other.country === story.country) return 0;
    if (story.track && other.track === story.track) return 1;
    if (other.kind === story.kind) return 2;
    return 3;
  };
  return all
    .filter((other) => other.id !== story.id && rank(other) < 3)
    .sort((a, b) => rank(a) - rank(b) || b.start.getTime() - a.start.getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}
