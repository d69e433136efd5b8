/**
 * Pages get their Content-Security-Policy, with a per-response script nonce, from proxy.ts. Route handlers answer JSON
 * and files, which run nothing: they get the strictest policy.
 */
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

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
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
