// drizzle-kit settings: `npm run db:generate` turns changes in src/data/schema.ts into a new SQL migration in drizzle/.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/data/schema.ts',
  out: './drizzle',
});
