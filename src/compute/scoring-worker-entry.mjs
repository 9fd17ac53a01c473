// Worker threads do not inherit the TypeScript loader the main thread registered (bin/pkp.js): the
// worker registers its own, then loads its body from source.
import { register } from 'tsx/esm/api';

register();
await import('./scoring-worker.ts');
