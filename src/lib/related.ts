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
  const before = (a: { item: T; rank: number }, b: { item: T; rank: number }) =>
    a.rank - b.rank || b.item.start.getTime() - a.item.start.getTime() || a.item.id.localeCompare(b.item.id);
  // One pass keeping the best few, not a sort of every story: each story page ranks all the
  // others (src/data/storyPages.ts), a million comparisons at 1,000 stories.
  const best: { item: T; rank: number }[] = [];
  for (const item of all) {
    if (item.id === story.id) continue;
    const entry = { item, rank: rank(item) };
    if (entry.rank === 3) continue;
    if (best.length === limit && before(entry, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map((entry) => entry.item);
}
