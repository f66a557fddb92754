#!/usr/bin/env bash
# Regenerates the initial migration for both drivers from the entities (only while nothing is deployed).
set -euo pipefail
cd "$(dirname "$0")/../.."
# Since VotingRecord, migrations are added (node dist/db/generate-migration.js <driver> <Name>), never regenerated.
if ls src/db/migrations/*/ | grep -v -e InitialSchema -e index.ts -e '^$' -e ':$' | grep -q .; then
  echo "other migrations exist: add a migration with dist/db/generate-migration.js instead" >&2
  exit 1
fi
rm -f src/db/migrations/sqlite/*-InitialSchema.ts src/db/migrations/postgres/*-InitialSchema.ts
for k in sqlite postgres; do printf 'import type { MigrationInterface } from "typeorm";\n\n/** Migrations for %s, in order. */\nexport const %s_MIGRATIONS: (new () => MigrationInterface)[] = [];\n' $k "$(echo $k | tr a-z A-Z)" > src/db/migrations/$k/index.ts; done
npx tsc -p tsconfig.build.json || echo "(type errors above; generating from the emitted JavaScript anyway)"
node dist/db/generate-migration.js sqlite InitialSchema
DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node dist/db/generate-migration.js postgres InitialSchema
for k in sqlite postgres; do
  f=$(ls src/db/migrations/$k/*-InitialSchema.ts); base=$(basename "$f" .ts); cls=$(grep -o 'class [A-Za-z0-9]*' "$f" | cut -d' ' -f2)
  printf 'import type { MigrationInterface } from "typeorm";\nimport { %s } from "./%s.js";\n\n/** Migrations for %s, in order. */\nexport const %s_MIGRATIONS: (new () => MigrationInterface)[] = [%s];\n' "$cls" "$base" $k "$(echo $k | tr a-z A-Z)" "$cls" > src/db/migrations/$k/index.ts
done
