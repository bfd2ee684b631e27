/** Interface strings for story filters, families FAQ, search. Keys are prefixed; `en` must have every key of `fr`. */
export const fr = {
} as const;

export const en: Record<keyof typeof fr, string> = {
};
