// Zod compiles object parsers with `new Function` when it may; under the server's
// Content-Security-Policy (no 'unsafe-eval') even its probe for that is reported as a violation.
// Imported first by main.tsx, before any schema exists: schemas decide at creation.
import { z } from 'zod';

z.config({ jitless: true });
