/** Interface strings for legal pages, SEO, 404. Keys are prefixed; `en` must have every key of `fr`. */
export const fr = {
} as const;

export const en: Record<keyof typeof fr, string> = {
};
