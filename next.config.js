const isDev = process.env.NODE_ENV === 'development';

/**
 * Security headers on every response (等保三级). Next.js bootstraps pages with inline scripts, hence 'unsafe-inline'
 * for scripts; 'unsafe-eval' only for `next dev`'s hot reload, never in a production build.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
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
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
