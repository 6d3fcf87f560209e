-- D175: the draw's notices are rendered, and given their check code, when they are sent; queued,
-- they have no code yet.
-- AlterTable
ALTER TABLE "notices" ALTER COLUMN "check_code" DROP NOT NULL;

-- D175: the two codes are compared byte by byte ("C"), not by the database's language rules: they
-- are ASCII codes, never sorted for people, and a libc collation made every index insertion of the
-- feeder's 1.2 M notices compare through strcoll() (measured: 2.8 s of a round's queueing).
-- Equality is the same under both, so lookups and the unique keys mean what they meant.
DROP INDEX "notices_check_code_key";
ALTER TABLE "notices"
  ALTER COLUMN "check_code" TYPE VARCHAR(16) COLLATE "C",
  ALTER COLUMN "dedupe_key" TYPE VARCHAR(128) COLLATE "C";

-- As D170 for the orders' codes: unique where set. A queued draw notice has no code, and a full
-- index would take a NULL entry for each of a round's 1.2 M, all on its right-most leaf page. Same
-- name, same guarantee for every code given; Prisma's schema cannot say "partial" (keep @unique).
CREATE UNIQUE INDEX "notices_check_code_key" ON "notices"("check_code") WHERE "check_code" IS NOT NULL;
