import { defineConfig } from 'drizzle-kit';

// drizzle-kit generates the SQL migrations in migrations/ from the tables in src/db/schema/.
// They are committed; the app applies them on start (Node) or via `npm run db:migrate`.
export default defineConfig({
  dialect: 'turso',
  schema: './src/db/schema',
  out: './migrations',
  dbCredentials: {
    url: process.env.DATABASE_URL ?? 'file:data/status.db',
    authToken: process.env.LIBSQL_AUTH_TOKEN,
  },
});
