-- D171: the draw records its results; a feeder queues each drawn batch's notices afterwards.
ALTER TABLE "draw_batches" ADD COLUMN "notices_at" TIMESTAMPTZ(3);
-- Batches drawn before this change queued their notices inside the draw.
UPDATE "draw_batches" SET "notices_at" = "done_at" WHERE "done_at" IS NOT NULL;
