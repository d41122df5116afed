import { defineConfig } from 'drizzle-kit';

// drizzle-kit generates the SQL migrations in migrations/ from src/db/schema.ts.
// They are committed; the app applies them on start (Node) or via `npm run db:migrate`.
export default defineConfig({
  dialect: 'turso',
  schema: './src/db/schema.ts',
  out: './migrations',
  dbCredentials: {
    url: process.env.DATABASE_URL ?? 'file:data/status.db',
    authToken: process.env.LIBSQL_AUTH_TOKEN,
  },
});
