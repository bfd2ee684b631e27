// The module Astro's content runtime takes getImage from (astro/dist/content/runtime.js): the same
// getImage and image settings as astro:assets, without the responsive-image stylesheet that
// astro:assets carries. src/data/storyCard.ts uses it (why: there).
declare module 'virtual:astro:get-image' {
  export const getImage: typeof import('astro:assets').getImage;
  export const imageConfig: typeof import('astro:assets').imageConfig;
}
