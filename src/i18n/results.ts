/** Interface strings for results pages, charts, map, partners, news filters, open data. Keys are prefixed; `en` must have every key of `fr`. */
export const fr = {
} as const;

export const en: Record<keyof typeof fr, string> = {
};
