import type { APIRoute, GetStaticPaths } from 'astro';
import { getLogoFiles } from '../../data/logos.ts';
import type { LogoFile } from '../../lib/logos.ts';

// The logos pages show (school, funders, emblems) as files named after their bytes: the browser
// fetches each once and keeps it, instead of every page carrying them inline (src/lib/logos.ts).
export const getStaticPaths = (async () => (await getLogoFiles()).map((logo) => ({ params: { file: logo.name }, props: { logo } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { logo } = props as { logo: LogoFile };
  return new Response(logo.bytes as BodyInit, { headers: { 'Content-Type': logo.type } });
};
