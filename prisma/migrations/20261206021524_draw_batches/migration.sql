-- CreateTable
CREATE TABLE "draw_batches" (
    "round_id" UUID NOT NULL,
    "batch_no" INTEGER NOT NULL,
    "first_store" UUID NOT NULL,
    "last_store" UUID NOT NULL,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "draw_batches_pkey" PRIMARY KEY ("round_id","batch_no")
);

-- AddForeignKey
ALTER TABLE "draw_batches" ADD CONSTRAINT "draw_batches_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;
