/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build folder lets parallel test runs build without touching each other's output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The import page uploads tables of up to 10 MB (MAX_TABLE_BYTES) to a server action; the default is 1 MB.
  experimental: { serverActions: { bodySizeLimit: '11mb' } },
  // `npm test` type-checks the whole project with tsc; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
