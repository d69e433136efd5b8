/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build folder lets parallel test runs build without touching each other's output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
