// The security headers of every answer, the Content-Security-Policy first: the UI is the Vite build
// in dist/ui — its own scripts, styles and API, nothing from another origin — so the policy allows
// 'self' and little else, and no page may put pkp in a frame (no clickjacking of its forms).
import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  // Only the bundle's files: no inline script, no eval.
  scriptSrc: ["'self'"],
  // Style *attributes* are unavoidable: ECharts writes `style="…"` into the tooltip markup it builds,
  // and index.html shows its loading line with one (React's `style` props go through the DOM and need
  // nothing). Inline styles run no code, so 'unsafe-inline' costs little here; scripts get none.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // data: for the empty favicon of index.html (`<link rel="icon" href="data:,">`).
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Hono's secure headers (nosniff, no referrer, same-origin resources and opener, HSTS behind https)
 * with the policy above; X-Frame-Options DENY says what frame-ancestors says to older browsers.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  xFrameOptions: 'DENY',
});
